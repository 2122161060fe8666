import Foundation
import Yams

/// Reads `.dredge.yml` into a `ScanConfiguration`. Unknown keys, wrong types, bad globs and unknown severities are
/// errors that name the file and the line.
struct ConfigurationReader {
    static let keys = ["exclude_paths", "disable_rules", "patterns", "min_entropy", "min_severity", "min_confidence", "fail_on"]

    let file: String
    /// Where relative `patterns` directories are resolved; nil when the file has no directory (read from HEAD).
    let directory: URL?

    func read(_ text: String) throws -> ScanConfiguration {
        var configuration = ScanConfiguration()
        configuration.file = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)  // every scalar stays a string; types are checked here
        } catch let error as YamlError {
            throw DredgeError.invalidConfiguration(file: file, line: error.line, message: "invalid YAML: \(error.problem)")
        }
        guard let root else { return configuration }  // an empty file configures nothing
        guard let mapping = root.mapping else { throw failure("expected a mapping of settings", at: root) }
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "exclude_paths":
                configuration.excludedPaths = try strings(value, key: "exclude_paths").map { glob, node in
                    if let problem = PathGlob.problem(with: glob) { throw failure("bad glob `\(glob)`: \(problem)", at: node) }
                    return glob
                }
            case "disable_rules":
                configuration.disabledRules = try strings(value, key: "disable_rules").map { .init(id: $0, line: $1.mark?.line) }
            case "patterns":
                configuration.patternDirectories = try strings(value, key: "patterns").map { path, node in
                    guard let directory else { throw failure("`patterns` needs a work tree: a bare repository has no directories to read", at: node) }
                    return URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
                }
            case "min_entropy":
                guard let number = value.string.flatMap(Double.init), (0...8).contains(number) else {
                    throw failure("`min_entropy` must be a number of bits per byte, 0 to 8", at: value)
                }
                configuration.minEntropy = number
            case "min_severity": configuration.minSeverity = try choice(value, key: "min_severity")
            case "min_confidence": configuration.minConfidence = try choice(value, key: "min_confidence")
            case "fail_on": configuration.failOn = try choice(value, key: "fail_on")
            default:
                throw failure("unknown setting `\(key.string ?? "?")` (known: \(Self.keys.joined(separator: ", ")))", at: key)
            }
        }
        return configuration
    }

    private func failure(_ message: String, at node: Node) -> DredgeError {
        .invalidConfiguration(file: file, line: node.mark?.line, message: message)
    }

    /// A list of non-empty strings, each with its node (for the line of a later error).
    private func strings(_ value: Node, key: String) throws -> [(String, Node)] {
        guard let items = value.sequence else { throw failure("`\(key)` must be a list", at: value) }
        return try items.map { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                throw failure("`\(key)` entries must be non-empty strings", at: item)
            }
            return (text, item)
        }
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ value: Node, key: String) throws -> T where T.RawValue == String {
        guard let text = value.scalar?.string, let choice = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: " | ")
            throw failure("`\(key)` must be one of \(allowed), not \(value.scalar.map { "`\($0.string)`" } ?? "a list or mapping")", at: value)
        }
        return choice
    }
}
