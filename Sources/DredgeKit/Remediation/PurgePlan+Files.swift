import Foundation
import Git

extension PurgePlan {
    public static let replacementsFileName = "replacements.txt"

    /// Scans the repository's whole history now (the inventory keeps no plain secrets) and plans the purge of the
    /// inventory's findings in it. `source` is where the script clones from: by default the origin URL, or the
    /// repository's own path when it has no origin.
    public static func make(request: ScanRequest, entries: [InventoryEntry], selection: Set<String>? = nil,
                            source: String? = nil) throws -> PurgePlan {
        let report = try Scanner(request).run()
        let repository = try Repository(at: request.repositoryPath)
        let origin = repository.configString("remote.origin.url").flatMap { $0.isEmpty ? nil : $0 }
        return try PurgePlan(entries: entries, selection: selection, report: report, repository: repository,
                             source: source ?? origin.map { cloneable($0, from: ownPath(repository)) } ?? ownPath(repository),
                             sensitiveDataRemoval: FilterRepo.installed()?.sensitiveDataRemoval ?? false)
    }

    /// A remote URL as the script can use it from anywhere: a relative path is resolved from the repository's path.
    static func cloneable(_ url: String, from base: String) -> String {
        let scpLike = url.firstIndex(of: ":").map { !url[..<$0].contains("/") } ?? false
        guard !url.hasPrefix("/"), !url.contains("://"), !scpLike else { return url }
        return URL(fileURLWithPath: url, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
    }

    /// The work tree of a repository that has one, else its git directory, without a trailing slash.
    static func ownPath(_ repository: Repository) -> String {
        URL(fileURLWithPath: repository.workDirectory ?? repository.gitDirectory).standardizedFileURL.path
    }

    /// Writes `purge.sh`, `replacements.txt` and `PLAN.md` into `directory` (made mode 0700). The replacements file
    /// holds the plain secrets, so it is 0600; the script and runbook hold paths and redacted secrets only.
    public func write(to directory: URL, now: Date = Date()) throws {
        do {
            let manager = FileManager.default
            try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
            let lines = Array(Set(replacements.flatMap(\.lines))).sorted()
            try ReportFile.write(lines.map { $0 + "\n" }.joined(), to: directory.appendingPathComponent(Self.replacementsFileName), holdsSecrets: true)
            let script = directory.appendingPathComponent(PurgeScript.fileName)
            try ReportFile.write(PurgeScript.render(self), to: script, holdsSecrets: true)
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
            try ReportFile.write(PurgeRunbook.render(self, now: now), to: directory.appendingPathComponent(PurgeRunbook.fileName), holdsSecrets: false)
        } catch {
            throw DredgeError.cannotWrite(path: directory.path, reason: ErrorCause.of(error))
        }
    }
}
