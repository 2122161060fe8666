import ArgumentParser
import Foundation

/// `dredge scan --repositories FILE`: many repositories, each scanned by its own `dredge scan` process.
struct FleetOptions: ParsableArguments {
    @Option(name: .long, help: "Scan every repository this file lists (one URL or path per line), cloning or fetching URLs into --cache; each is recorded into the inventory under its own name.")
    var repositories: String?

    @Option(name: .long, help: "With --repositories: how many scans run at once (default: the number of cores).")
    var processes: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "With --repositories: where clones are kept between runs (default: ~/.cache/dredge/repositories).")
    var cache: String?

    func validate() throws {
        guard processes >= 1 else { throw ValidationError("--processes must be at least 1") }
    }
}
