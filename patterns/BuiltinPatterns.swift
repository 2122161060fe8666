import Foundation

/// The rule packs that ship with dredge. SwiftPM copies `rules/` into `dredge_BuiltinPatterns.resources`
/// next to the binary, and `make install` copies that folder along with it.
public enum BuiltinPatterns {
    /// The directory holding `<category>/<provider>.yml`, or nil when the resources were not installed.
    /// Looked up by hand rather than through `Bundle.module`, whose accessor traps when the folder is missing.
    public static var rulesDirectory: URL? {
        let executableDirectory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            executableDirectory?.appendingPathComponent("dredge_BuiltinPatterns.resources/rules"),
            executableDirectory?.appendingPathComponent("../share/dredge/rules").standardizedFileURL,
        ]
        return candidates.compactMap { $0 }.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
