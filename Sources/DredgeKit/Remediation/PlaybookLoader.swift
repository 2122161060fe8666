import BuiltinPatterns
import Foundation
import Yams

/// Reads rotation playbooks (`<id>.yml`, one per file) and checks them: exactly the documented keys, non-empty step
/// lists, https references, known placeholders. Errors name the file and line.
public enum PlaybookLoader {
    static let lists = ["owner", "replace", "deploy", "revoke", "audit", "references"]

    /// The built-in playbooks by id.
    public static func builtin() throws -> [String: Playbook] {
        guard let directory = BuiltinPatterns.playbooksDirectory else { throw DredgeError.builtinPatternsMissing }
        return try load(directory: directory)
    }

    public static func load(directory: URL) throws -> [String: Playbook] {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yml" }
            .sorted { $0.path < $1.path }
        return Dictionary(uniqueKeysWithValues: try files.map { file in
            let playbook = try load(file: file)
            return (playbook.id, playbook)
        })
    }

    public static func load(file url: URL) throws -> Playbook {
        let path = url.path
        func failure(_ node: Node?, _ message: String) -> DredgeError {
            DredgeError.invalidPack(file: path, line: node?.mark?.line, ruleID: nil, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: try String(contentsOf: url, encoding: .utf8), .basic)
        } catch let error as YamlError {
            throw DredgeError.invalidPack(file: path, line: error.line, ruleID: nil, message: "invalid YAML: \(error.problem)")
        } catch {
            throw DredgeError.unreadablePath(path: path, reason: ErrorCause.of(error))
        }
        guard let mapping = root?.mapping else { throw failure(root, "expected a mapping with the playbook's keys") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, name == "id" || name == "name" || lists.contains(name) else {
                throw failure(key, "unknown key `\(key.string ?? "?")`; a playbook has id, name, \(lists.joined(separator: ", "))")
            }
            fields[name] = value
        }
        func scalar(_ name: String) throws -> String {
            guard let value = fields[name]?.string, !value.isEmpty else { throw failure(fields[name] ?? root, "`\(name)` must be a string") }
            return value
        }
        func list(_ name: String) throws -> [String] {
            guard let node = fields[name], let items = node.sequence, !items.isEmpty else {
                throw failure(fields[name] ?? root, "`\(name)` must be a non-empty list of strings")
            }
            return try items.map { item in
                guard let text = item.string else { throw failure(item, "`\(name)` items must be strings") }
                if name == "references", !text.hasPrefix("https://") { throw failure(item, "a reference is an https URL") }
                if let unknown = Self.placeholders(in: text).first(where: { !Playbook.placeholders.contains($0) }) {
                    throw failure(item, "unknown placeholder {\(unknown)}")
                }
                return text
            }
        }
        let id = try scalar("id")
        guard id == url.deletingPathExtension().lastPathComponent else { throw failure(fields["id"], "the id `\(id)` must be the file's name") }
        return Playbook(id: id, name: try scalar("name"), owner: try list("owner"), replace: try list("replace"),
                        deploy: try list("deploy"), revoke: try list("revoke"), audit: try list("audit"),
                        references: try list("references"))
    }

    /// The `{name}` placeholders in an item.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
