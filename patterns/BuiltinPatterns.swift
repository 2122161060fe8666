import Foundation

/// The rule packs and rotation playbooks that ship with dredge. SwiftPM copies `rules/` and `playbooks/` into
/// `dredge_BuiltinPatterns.resources` next to the binary, and `make install` copies that folder along with it.
public enum BuiltinPatterns {
    /// The directory holding `<category>/<provider>.yml`, or nil when the resources were not installed.
    public static var rulesDirectory: URL? { resourceDirectory("rules") }

    /// The directory holding `<playbook id>.yml`, or nil when the resources were not installed.
    public static var playbooksDirectory: URL? { resourceDirectory("playbooks") }

    /// Looked up by hand rather than through `Bundle.module`, whose accessor traps when the folder is missing.
    private static func resourceDirectory(_ name: String) -> URL? {
        let executableDirectory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            executableDirectory?.appendingPathComponent("dredge_BuiltinPatterns.resources/\(name)"),
            executableDirectory?.appendingPathComponent("../share/dredge/\(name)").standardizedFileURL,
        ]
        return candidates.compactMap { $0 }.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
