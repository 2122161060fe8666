import Crypto
import Foundation

/// The built-in packs as parsed before: parsing their YAML costs about 100 ms, more than a pre-push hook may take in
/// all, so the parsed packs are kept (`RuleArchive`) in `$XDG_CACHE_HOME/dredge` (`~/.cache/dredge`), under a hash of the
/// pack files' names, sizes and modification times and of dredge's version. A missing, stale or unreadable cache is parsed anew and
/// rewritten; a cache that cannot be written is simply not kept.
enum BuiltinRuleCache {
    /// `paths`: the pack files, below `root`.
    static func packs(paths: [String], below root: String, parse: () throws -> [PatternPack]) throws -> [PatternPack] {
        guard let directory = directory, let key = key(of: paths, below: root) else { return try parse() }
        let cache = directory.appendingPathComponent("builtin-rules-\(key).bin")
        if let data = try? Data(contentsOf: cache), let packs = RuleArchive.decode(data) {
            return packs
        }
        let packs = try parse()
        store(packs, at: cache)
        return packs
    }

    private static var directory: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return URL(fileURLWithPath: base).appendingPathComponent("dredge") }
        return environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache/dredge") }
    }

    /// SHA-256 over the archive format, dredge's version and each file's path below `root`, size and modification
    /// time, in order: reading every file's content to hash it took a hook's budget's worth of milliseconds.
    private static func key(of paths: [String], below root: String) -> String? {
        var hasher = SHA256()
        hasher.update(data: Data("\(RuleArchive.format) \(DredgeVersion.current)".utf8 + [0]))
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            let modified = status.st_mtim
            let name = path.hasPrefix(root) ? path.dropFirst(root.count) : Substring(path)
            hasher.update(data: Data("\(name) \(status.st_size) \(modified.tv_sec).\(modified.tv_nsec)".utf8 + [0]))
        }
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: hasher.finalize().prefix(16).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    /// Writes the cache atomically and removes the ones it replaces.
    private static func store(_ packs: [PatternPack], at cache: URL) {
        let manager = FileManager.default
        let directory = cache.deletingLastPathComponent()
        guard (try? manager.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
              (try? RuleArchive.encode(packs).write(to: cache, options: .atomic)) != nil else { return }
        for name in (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        where name.hasPrefix("builtin-rules-") && name != cache.lastPathComponent {
            try? manager.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
