import DredgeKit
import Foundation

/// Each input is a pattern-pack file: it must load or fail with a `DredgeError`, never trap or throw anything else.
/// The rules of a pack that loads are compiled and their examples run through the matcher, as `patterns check` does.
let packFile = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("dredge-fuzz-\(getpid()).yml")

let fuzzPackLoader: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    do {
        try (data.map { Data(bytes: $0, count: size) } ?? Data()).write(to: packFile)
        let pack = try PatternPackLoader.load(file: packFile)
        let rules = try PatternPackLoader.merge(base: [pack])
        _ = try PackChecker.problems(in: rules)
    } catch is DredgeError {
        // The expected answer to a malformed pack.
    } catch {
        fatalError("a pack failed with something other than a DredgeError: \(error)")
    }
    return 0
}
