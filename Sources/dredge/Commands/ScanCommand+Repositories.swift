import ArgumentParser
import DredgeKit
import Foundation

extension ScanCommand {
    /// Scans every repository of the list, `--processes` at a time, each in its own `dredge scan` process (one scan
    /// stays one process over one repository, as in a Kubernetes Job or a CI matrix). URLs are cloned or fetched into
    /// the cache first. Each child records into the inventory and writes no report: the inventory is the result.
    /// Prints one line per repository; exits 2 when any repository failed, else 1 when any had findings, else 0.
    func scanRepositories(listedIn file: String) throws -> Never {
        let list = try RepositoryList(contentsOf: file)
        let cache = RepositoryCache(directory: fleet.cache.map { URL(fileURLWithPath: $0) } ?? RepositoryCache.defaultDirectory)
        if datastore == nil, ProcessInfo.processInfo.environment["DREDGE_DATASTORE"] == nil {
            FileHandle.standardError.write(Data("dredge: note: no --datastore: each repository records into its own inventory\n".utf8))
        }
        let results = Results(count: list.entries.count)
        let next = Results.Counter()
        DispatchQueue.concurrentPerform(iterations: min(fleet.processes, list.entries.count)) { _ in
            while let index = next.take(below: list.entries.count) {
                let entry = list.entries[index]
                let outcome = scanOne(entry, cache: cache)
                results.set(index, outcome)
                let line = "\(outcome.name): \(outcome.summary)\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        let statuses = results.all.map(\.status)
        let failed = statuses.filter { $0 != 0 && $0 != 1 }.count
        FileHandle.standardError.write(Data(("dredge: \(list.entries.count) repositories scanned, \(statuses.filter { $0 == 1 }.count) with findings, "
                                             + "\(failed) failed\n").utf8))
        throw ExitCode(failed > 0 ? 2 : (statuses.contains(1) ? 1 : 0))
    }

    private func scanOne(_ entry: RepositoryList.Entry, cache: RepositoryCache) -> Outcome {
        let path: String
        let shown: String
        switch entry.source {
        case .local(let local):
            (path, shown) = (local, local)
        case .remote(let url):
            shown = PostgresLocation.redacting(url)
            do { path = try cache.update(url).path } catch {
                return Outcome(name: shown, status: 2, summary: "\(error)")
            }
        }
        var arguments = ["scan", path, "--quiet", "--jobs", String(jobs), "--max-blob-size", String(maxBlobSize)]
        if let datastore { arguments += ["--datastore", datastore] }
        if storeSecrets { arguments.append("--store-secrets") }
        for pack in rules.patterns { arguments += ["--patterns", pack] }
        if rules.noBuiltinRules { arguments.append("--no-builtin-rules") }
        do {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
            if let own = Bundle.main.executableURL { process.executableURL = own }
            process.arguments = arguments
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let status = process.terminationStatus
            let summary = switch status {
            case 0: "clean"
            case 1: "findings recorded"
            default: "failed (exit \(status)): " + message.split(separator: "\n").filter { $0.hasPrefix("dredge:") }.joined(separator: "; ")
            }
            return Outcome(name: shown, status: status, summary: summary)
        } catch {
            return Outcome(name: shown, status: 2, summary: "cannot run dredge: \(error)")
        }
    }

    struct Outcome: Sendable {
        let name: String
        let status: Int32
        let summary: String
    }

    /// The outcomes, filled in by the worker threads.
    final class Results: @unchecked Sendable {  // every access holds `lock`
        private let lock = NSLock()
        private var outcomes: [Outcome?]

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ outcome: Outcome) { lock.withLock { outcomes[index] = outcome } }
        var all: [Outcome] { lock.withLock { outcomes.compactMap { $0 } } }

        /// Hands out list indexes, each once.
        final class Counter: @unchecked Sendable {  // every access holds `lock`
            private let lock = NSLock()
            private var next = 0

            func take(below limit: Int) -> Int? {
                lock.withLock {
                    guard next < limit else { return nil }
                    defer { next += 1 }
                    return next
                }
            }
        }
    }
}
