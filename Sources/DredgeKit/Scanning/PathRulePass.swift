import Git

/// Runs the path rules on (path, blob) pairs from the appearance index, once the history walk is done: a `.env`
/// deleted years ago is still found, at every path it had. Only blobs seen at a matching path are read again.
struct PathRulePass {
    let repository: Repository
    let compiled: CompiledRules
    let maxBlobSize: Int

    func matches(_ index: AppearanceIndex) -> (matches: [Match], errors: [String]) {
        let globs = compiled.pathRules.flatMap { compiled.rules[$0].paths }
        guard !globs.isEmpty else { return ([], []) }
        let matcher = Matcher(compiled)
        var matches: [Match] = []
        var errors: [String] = []
        var decided: [String: Bool] = [:]  // a path is in many blobs' appearances: match its globs once
        func wanted(_ path: String) -> Bool {
            if let known = decided[path] { return known }
            let answer = PathGlob.matches(any: globs, path)
            decided[path] = answer
            return answer
        }
        for (blob, appearances) in index.appearances {
            let paths = Set(appearances.map(\.path).filter(wanted)).sorted()
            guard !paths.isEmpty else { continue }
            do {
                guard try repository.header(of: blob).size <= maxBlobSize else { continue }
                try repository.withBlobBytes(blob) { bytes in
                    for path in paths { matches += matcher.pathMatches(path: path, in: bytes, blob: blob) }
                }
            } catch {
                errors.append("blob \(blob) at \(paths[0]): \(error)")
            }
        }
        return (matches, errors)
    }

    /// Merges path-rule matches into the content matches: where a parser's value (a `.env` entry) is also a content
    /// rule's secret in the same blob, the content rule's more specific finding stands and gets the key name.
    static func merge(content: [Match], path: [Match], rules: [Rule]) -> [Match] {
        var content = content
        var byBlob: [ObjectID: [Int]] = [:]
        for (offset, match) in content.enumerated() { byBlob[match.blob, default: []].append(offset) }
        var kept: [Match] = []
        for match in path {
            let rule = rules[match.ruleIndex]
            let rival = rule.kind == .file ? nil : byBlob[match.blob]?.first { content[$0].range.overlaps(match.range) }
            guard let rival, (rules[content[rival].ruleIndex].specificity, rules[content[rival].ruleIndex].confidence) >= (rule.specificity, rule.confidence) else {
                kept.append(match)
                continue
            }
            if content[rival].key == nil { content[rival].key = match.key }
        }
        return content + kept
    }
}
