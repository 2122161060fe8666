import Dispatch
import Foundation
import Git
import Synchronization

/// Reads and matches files on disk (`scan --no-git`) on `jobs` threads: content rules, and the path rules that
/// apply to each file's path, in one read. A file is named by the blob id git would give its content, so findings
/// and occurrences look as they do for committed blobs.
struct FileScanner: Sendable {
    let compiled: CompiledRules
    let jobs: Int
    let maxBlobSize: Int
    let lineDeduplication: Bool

    struct Result: Sendable {
        var tally = BlobScanner.Tally()
        var pathMatches: [Match] = []
        /// Each file's items under the blob id of its content.
        var items: [ObjectID: [ScanItem]] = [:]
    }

    func scan(_ files: [ScanItem]) -> Result {
        let cursor = Atomic<Int>(0)
        let results = Mutex(Result())
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            var result = Result()
            let matcher = Matcher(compiled)
            let lines = lineDeduplication ? LineDeduplicator() : nil
            while true {
                let next = cursor.wrappingAdd(1, ordering: .relaxed).oldValue
                guard next < files.count else { break }
                scan(files[next], matcher: matcher, lines: lines, into: &result)
            }
            results.withLock { total in
                total.tally.merge(result.tally)
                total.pathMatches += result.pathMatches
                total.items.merge(result.items, uniquingKeysWith: +)
            }
        }
        return results.withLock { $0 }
    }

    private func scan(_ item: ScanItem, matcher: Matcher, lines: LineDeduplicator?, into result: inout Result) {
        guard case .file(let url) = item.content else { return }
        do {
            let data = try Data(contentsOf: url, options: .mappedIfSafe)
            guard data.count <= maxBlobSize else {
                result.tally.oversized += 1
                return
            }
            data.withUnsafeBytes { bytes in
                let blob = ObjectID(hashingBlob: bytes)
                result.tally.blobs.append(blob)
                result.items[blob, default: []].append(item)
                result.tally.match(content: bytes, blob: blob, matcher: matcher, lines: lines)
                if compiled.pathRules.contains(where: { compiled.applies($0, to: item.path) }) {
                    result.pathMatches += matcher.pathMatches(path: item.path, in: bytes, blob: blob)
                }
            }
        } catch {
            result.tally.unreadable.append("\(item.path): \(ErrorCause.of(error))")
        }
    }
}
