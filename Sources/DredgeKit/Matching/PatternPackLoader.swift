import BuiltinPatterns
import Foundation
import Synchronization
import Yams

/// Reads pattern packs (`*.yml` with a top-level `rules:` list) and checks their structure.
/// Every error names the file, the line and, once known, the rule.
public enum PatternPackLoader {
    static let fields: Set<String> = [
        "id", "name", "kind", "severity", "confidence", "pattern", "keywords", "window", "run", "paths", "exclude_paths", "parse", "min_entropy", "validate", "playbook",
        "identifier", "requires", "documented_examples", "documented_defaults", "format_checked", "provider_named",
        "references", "examples", "counter_examples",
    ]

    /// Rule ids are lowercase, dotted words: `provider.token-kind`.
    static func isValidID(_ id: String) -> Bool {
        let words = id.split(separator: ".", omittingEmptySubsequences: false)
        return words.count >= 2 && words.allSatisfy { word in
            guard let first = word.first, first.isLowercase || first.isNumber else { return false }
            return word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        }
    }

    /// The built-in packs shipped next to the binary, from the cache of their parsed form when it is current.
    public static func builtin() throws -> [PatternPack] {
        if let prefetch = prefetched.withLock({ pending in defer { pending = nil }; return pending }) { return try prefetch.result() }
        return try readBuiltin()
    }

    /// Where the built-in packs are read from: the bundle beside the binary (a binary copied next to an older bundle
    /// reads that one, so `patterns list` names it).
    public static var builtinDirectory: String? { BuiltinPatterns.rulesDirectory?.path }

    /// Starts reading the built-in packs on a thread of their own; the next `builtin()` takes what it read. The hooks
    /// call it first thing, so that the reading overlaps finding and opening the repository and walking the range.
    public static func prefetchBuiltin() {
        prefetched.withLock { $0 = BackgroundThread { try readBuiltin() } }
    }

    private static let prefetched = Mutex<BackgroundThread<[PatternPack]>?>(nil)

    private static func readBuiltin() throws -> [PatternPack] {
        guard let directory = BuiltinPatterns.rulesDirectory else { throw DredgeError.builtinPatternsMissing }
        // Paths, not URLs, until a pack is parsed: making and reading 830 URLs took a few of a hook's milliseconds.
        let root = directory.path
        let paths = try packPaths(in: root)
        return try BuiltinRuleCache.packs(paths: paths, below: root) {
            try paths.map { try load(file: URL(fileURLWithPath: $0, isDirectory: false)) }
        }
    }

    /// Every `*.yml`/`*.yaml` file below `directory`, in path order.
    public static func load(directory: URL) throws -> [PatternPack] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw DredgeError.unreadablePath(path: directory.path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [try load(file: directory)] }
        return try packFiles(in: directory).map { try load(file: $0) }
    }

    /// The pack files below a directory, in path order.
    static func packFiles(in directory: URL) throws -> [URL] {
        try packPaths(in: directory.path).map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// The paths of the pack files below a directory, in path order.
    private static func packPaths(in root: String) throws -> [String] {
        guard let paths = yamlFiles(below: root) else {
            throw DredgeError.unreadablePath(path: root, reason: "cannot list the directory")
        }
        return paths.sorted()
    }

    /// The paths of the `*.yml`/`*.yaml` files below `directory` (a `playbooks` directory aside), or nil when it cannot be listed. `readdir` and its
    /// entry types: FileManager's walk took several of a pre-push hook's milliseconds for the built-in packs.
    private static func yamlFiles(below directory: String) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var files: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != ".." else { continue }
            let path = directory + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == DT_UNKNOWN {  // not every file system says; links to directories are not followed (no loops)
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                type = (status.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
            }
            if type == DT_DIR {
                // A directory laid out like the built-in patterns/ keeps its rotation playbooks beside the rules.
                guard name != "playbooks" else { continue }
                files += yamlFiles(below: path) ?? []
            } else if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                files.append(path)
            }
        }
        return files
    }

    /// One pack file; the first problem in it is thrown.
    public static func load(file url: URL) throws -> PatternPack {
        let (pack, problems) = read(file: url)
        if let first = problems.first { throw first }
        return pack
    }

    /// One pack file with every problem found in it, each at the line of the field at fault: the rules that read
    /// cleanly, and what is wrong with the others (`patterns check` reports them all in one pass).
    static func read(file url: URL) -> (pack: PatternPack, problems: [DredgeError]) {
        let path = url.path
        var problems: [DredgeError] = []
        var rules: [Rule] = []
        do {
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw DredgeError.unreadablePath(path: path, reason: ErrorCause.of(error))
            }
            let root: Node?
            do {
                root = try Yams.compose(yaml: text, .basic)  // every scalar stays a string: no regex-based tag resolution
            } catch let error as YamlError {
                throw DredgeError.invalidPack(file: path, line: error.line, ruleID: nil, message: "invalid YAML: \(error.problem)")
            }
            guard let root, let mapping = root.mapping else {
                throw DredgeError.invalidPack(file: path, line: root?.mark?.line, ruleID: nil, message: "expected a mapping with a `rules:` list")
            }
            for (key, _) in mapping where key.string != "rules" {
                problems.append(.invalidPack(file: path, line: key.mark?.line, ruleID: nil, message: "unknown top-level field `\(key.string ?? "?")`"))
            }
            guard let list = mapping["rules"]?.sequence else {
                throw DredgeError.invalidPack(file: path, line: root.mark?.line, ruleID: nil, message: "expected a `rules:` list")
            }
            for node in list {
                do {
                    rules.append(try RuleReader(file: path, node: node).rule())
                } catch let rule as RuleReader.Problems {
                    problems += rule.all
                }
            }
        } catch let error as DredgeError {
            problems.append(error)
        } catch {
            problems.append(.unreadablePath(path: path, reason: ErrorCause.of(error)))
        }
        return (PatternPack(file: path, rules: rules), problems)
    }

    /// Merges packs into one rule list; a later rule with an id already seen replaces the earlier one (user packs
    /// override built-ins), but two rules with one id inside the same set of packs are an error.
    public static func merge(base: [PatternPack], overrides: [PatternPack] = []) throws -> [Rule] {
        var rules: [Rule] = []
        var index: [String: Int] = [:]
        for (packs, replacing) in [(base, false), (overrides, true)] {
            var seenHere: Set<String> = []
            for rule in packs.flatMap(\.rules) {
                guard seenHere.insert(rule.id).inserted else {
                    throw DredgeError.invalidPack(file: rule.source.file, line: rule.source.line, ruleID: rule.id, message: "duplicate rule id")
                }
                if let existing = index[rule.id], replacing {
                    rules[existing] = rule
                } else {
                    index[rule.id] = rules.count
                    rules.append(rule)
                }
            }
        }
        return rules
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }

    var problem: String {
        switch self {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        default: return "\(self)"
        }
    }
}
