import Dispatch
import Git
import Synchronization

/// Runs the path rules on (path, blob) pairs from the appearance index, once the history walk is done: a `.env`
/// deleted years ago is still found, at every path it had. Only blobs seen at a matching path are read again, by
/// `jobs` workers (data stores can be large), each with its own repository handle and matcher.
struct PathRulePass {
    let gitDirectory: String
    let compiled: CompiledRules
    let maxBlobSize: Int
    let jobs: Int

    func matches(_ index: AppearanceIndex) -> (matches: [Match], errors: [String]) {
        matches(index.appearances.lazy.map { ($0.key, $0.value.map(\.path)) })
    }

    /// Runs the path rules on each blob at those of its paths that some rule's globs match.
    func matches(_ blobPaths: some Sequence<(ObjectID, [String])>) -> (matches: [Match], errors: [String]) {
        let globs = PathGlobs(compiled.pathRules.flatMap { compiled.rules[$0].paths })
        guard !globs.isEmpty else { return ([], []) }
        var decided: [String: Bool] = [:]  // a path is in many blobs' appearances: match its globs once
        func wanted(_ path: String) -> Bool {
            if let known = decided[path] { return known }
            let answer = globs.matchAny(path)
            decided[path] = answer
            return answer
        }
        let work: [(ObjectID, [String])] = blobPaths.compactMap { blob, paths in
            let paths = Set(paths.filter(wanted)).sorted()
            return paths.isEmpty ? nil : (blob, paths)
        }
        let cursor = Atomic<Int>(0)
        let results = Mutex<(matches: [Match], errors: [String])>(([], []))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, work.count))) { _ in
            var found: (matches: [Match], errors: [String]) = ([], [])
            do {
                let repository = try Repository(at: gitDirectory)
                let matcher = Matcher(compiled)
                while true {
                    let next = cursor.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard next < work.count else { break }
                    let (blob, paths) = work[next]
                    do {
                        guard try repository.header(of: blob).size <= maxBlobSize else { continue }
                        try repository.withBlobBytes(blob) { bytes in
                            for path in paths { found.matches += matcher.pathMatches(path: path, in: bytes, blob: blob) }
                        }
                    } catch {
                        found.errors.append("blob \(blob) at \(paths[0]): \(error)")
                    }
                }
            } catch {
                found.errors.append("path rules could not open the repository: \(error)")
            }
            results.withLock { $0.matches += found.matches; $0.errors += found.errors }
        }
        return results.withLock { $0 }
    }

    /// Merges path-rule matches into the content matches: where a parser's value (a `.env` entry) is also a content
    /// rule's secret in the same blob, the content rule's more specific finding stands and gets the key name. A
    /// parser's value with a provider's prefix that no content rule matched is a near miss of that provider's format
    /// (`ProviderPrefixes`), dropped; so is one whose key names a provider and that nearly fits its format (`ProviderNames`).
    static func merge(content: [Match], path: [Match], compiled: CompiledRules) -> [Match] {
        let rules = compiled.rules
        var content = content
        var byBlob: [ObjectID: [Int]] = [:]
        for (offset, match) in content.enumerated() { byBlob[match.blob, default: []].append(offset) }
        var kept: [Match] = []
        for match in path {
            let rule = rules[match.ruleIndex]
            let rival = rule.kind == .file ? nil : byBlob[match.blob]?.first { content[$0].range.overlaps(match.range) }
            guard let rival, (rules[content[rival].ruleIndex].specificity, rules[content[rival].ruleIndex].confidence) >= (rule.specificity, rule.confidence) else {
                let nearMiss = compiled.prefixOwner(of: match.secret.bytes, rule: match.ruleIndex) != nil
                    || match.key.map { compiled.nameOwner(of: match.secret.bytes, named: $0, rule: match.ruleIndex) != nil } == true
                if !nearMiss { kept.append(match) }
                continue
            }
            if content[rival].key == nil { content[rival].key = match.key }
        }
        return content + kept
    }
}
