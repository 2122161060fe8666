import Foundation
import Git

/// What rewriting the history must do so that the findings a team still has to purge leave it: whole files that
/// should never have been committed are removed at every path they had, and secrets inside files that belong are
/// replaced. Built from the inventory (which findings, and their triage) and a fresh full-history scan (the plain
/// secrets, which the inventory keeps only as a hash, and where they are now).
public struct PurgePlan: Sendable {
    /// A path removed from every commit, and the findings that put it in the plan.
    public struct Removal: Sendable {
        public let path: String
        public let findings: [Finding]
    }

    /// A secret replaced in every blob of the history.
    public struct Replacement: Sendable {
        public let finding: Finding
        public let text: TextReplacement
        /// The encoded values the secret was decoded from (a Kubernetes Secret's base64, an `Authorization: Basic`
        /// header): the blobs hold these, not the secret, so each is replaced whole.
        public var encoded: [TextReplacement] = []

        /// Every line this replacement puts in the replacements file.
        public var lines: [String] { [text.line] + encoded.map(\.line) }
    }

    /// Rotated and revoked credentials still leave the history; false positives and accepted findings stay.
    public static let purgedStatuses: Set<TriageStatus> = [.open, .rotated, .revoked]

    /// Where the mirror is cloned from: the repository's origin URL, or its path.
    public let source: String
    public let removals: [Removal]
    public let replacements: [Replacement]
    /// Secrets found only in files the plan removes: they leave with them.
    public let removedWithFiles: [Finding]
    /// Findings in the plan still triaged open: rotate them before the purge.
    public let unrotated: [Finding]
    /// Findings that only refs of this clone hold when the plan rewrites a remote: the mirror will not have them, so
    /// the script's local step rewrites them in this clone (`localPath`), and nothing of them is pushed.
    public let localOnly: [Finding]
    /// Findings no commit reaches (reflogs, dangling objects): a fresh mirror clone does not carry them.
    public let unreachableOnly: [Finding]
    /// Findings the inventory has that the scan no longer finds: already gone from this repository.
    public let gone: [InventoryEntry]
    /// Findings triaged false-positive or accepted.
    public let leftOut: [InventoryEntry]
    /// Findings the scan found that the inventory does not know yet (committed since the last `dredge scan`).
    public let unrecorded: [Finding]
    /// This clone, where the local step runs.
    public let localPath: String
    public let scope: RewriteScope
    /// Whether the installed git filter-repo has `--sensitive-data-removal` (2.47 and later).
    public let sensitiveDataRemoval: Bool

    /// - Parameters:
    ///   - entries: every finding in the inventory, gone ones included.
    ///   - selection: the finding ids `--finding` named, or nil for all.
    ///   - report: a full-history scan of `repository` made now, with the rules the inventory's scans used.
    public init(entries: [InventoryEntry], selection: Set<String>?, report: ScanReport, repository: Repository,
                source: String, sensitiveDataRemoval: Bool) throws {
        self.source = source
        self.sensitiveDataRemoval = sensitiveDataRemoval
        let found = Dictionary(report.findings.map { ($0.id.hex, $0) }, uniquingKeysWith: { a, _ in a })
        let selected = entries.filter { selection?.contains($0.id) ?? true }
        leftOut = selected.filter { !Self.purgedStatuses.contains($0.status) }
        gone = selected.filter { Self.purgedStatuses.contains($0.status) && found[$0.id] == nil }
        let purged = selected.filter { Self.purgedStatuses.contains($0.status) }.compactMap { found[$0.id] }
        unrotated = selected.filter { $0.status == .open }.compactMap { found[$0.id] }
        let known = Set(entries.map(\.id))
        unrecorded = selection == nil ? report.findings.filter { !known.contains($0.id.hex) } : []

        // A private key is removed whole where it sits in a file that a committed-file rule names (`id_rsa`, `*.pem`),
        // or in a file that is the key itself (`deploy/keys/deploy_key`: the key starts the file); a key quoted inside
        // a file that belongs (a YAML value, a test) is replaced there instead.
        let keyFiles = Set(report.findings.filter { $0.rule.kind == .file }.flatMap { Self.paths(of: $0) })
            .union(report.findings.filter { $0.rule.kind == .privateKey }.flatMap { finding in
                finding.occurrences.filter { $0.line == 1 && $0.column == 1 && $0.message == nil }.compactMap(\.path)
            })
        var removing: [String: [Finding]] = [:]
        for finding in purged {
            let paths = Self.paths(of: finding)
            // An archive cannot be edited by text replacement: one holding a secret in a member is removed whole.
            let archives = Set(finding.occurrences.filter { $0.layers.contains { $0.kind.isArchive } }.compactMap(\.path))
            let whole = switch finding.rule.kind {
            case .file, .pii: paths
            case .privateKey: paths.filter { keyFiles.contains($0) || archives.contains($0) }
            default: paths.filter(archives.contains)
            }
            for path in whole { removing[path, default: []].append(finding) }
        }
        removals = removing.keys.sorted().map { Removal(path: $0, findings: removing[$0]!) }
        var replacements: [Replacement] = [], removedWithFiles: [Finding] = [], unreachableOnly: [Finding] = []
        for finding in purged {
            let paths = Self.paths(of: finding)
            let inMessages = !Self.messages(of: finding).isEmpty
            if paths.isEmpty && !inMessages {
                unreachableOnly.append(finding)
            } else if paths.allSatisfy({ removing[$0] != nil }) && !inMessages {
                if finding.rule.kind != .file && finding.rule.kind != .pii { removedWithFiles.append(finding) }
            } else {
                let keys = Array(Set(finding.occurrences.compactMap(\.key)))
                let encoded = Set(finding.occurrences.compactMap(\.encoded)).sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
                replacements.append(Replacement(finding: finding, text: TextReplacement(secret: finding.secret, keys: keys, kind: finding.rule.kind),
                                                encoded: encoded.map { TextReplacement(secret: $0, keys: keys, kind: .credential) }))
            }
        }
        self.replacements = replacements
        self.removedWithFiles = removedWithFiles
        self.unreachableOnly = unreachableOnly
        localPath = Self.ownPath(repository)
        localOnly = source == localPath ? [] : purged.filter { $0.exposure.referenced && !$0.exposure.pushed }
        scope = try RewriteScope(findings: purged, repository: repository)
    }

    /// Every finding the plan purges.
    public var findings: [Finding] {
        var seen = Set<FindingID>()
        return (removals.flatMap(\.findings) + replacements.map(\.finding) + removedWithFiles + unreachableOnly)
            .filter { seen.insert($0.id).inserted }
    }

    /// Nothing to rewrite: no file to remove and no secret to replace.
    public var isEmpty: Bool { removals.isEmpty && replacements.isEmpty }

    /// Whether a secret to replace is in a commit's or tag's message: then filter-repo rewrites messages too.
    public var rewritesMessages: Bool { replacements.contains { !Self.messages(of: $0.finding).isEmpty } }

    /// The local refs that hold `localOnly` findings: the branches only this clone has.
    public var localReferences: [String] {
        Array(Set(localOnly.flatMap(\.exposure.references).filter { !$0.hasPrefix("refs/remotes/") })).sorted()
    }

    /// The commit and tag messages a ref reaches that hold a finding (notes are blobs at paths: `paths(of:)`).
    static func messages(of finding: Finding) -> [MessageLocation] {
        var seen = Set<MessageLocation>()
        return finding.occurrences.compactMap { $0.path == nil && $0.reachable ? $0.message : nil }.filter { seen.insert($0).inserted }
    }

    /// The paths that hold a finding in some commit, in order of first appearance.
    static func paths(of finding: Finding) -> [String] {
        var seen = Set<String>()
        return finding.occurrences.compactMap(\.path).filter { seen.insert($0).inserted }
    }
}
