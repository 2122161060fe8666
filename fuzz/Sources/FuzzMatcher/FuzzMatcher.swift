@testable import DredgeKit
import Git

/// Each input is a blob, matched with the built-in rules as `BlobScanner` does: text classification (UTF-16 is
/// decoded, binary skipped), the keyword prefilter, PCRE2, placeholder/entropy/validators and line location.
/// A second pass with a line deduplicator that has already seen the blob covers the hot-line path.
/// libFuzzer calls the target from one thread, so one matcher serves every input.
nonisolated(unsafe) let matcher = Matcher(try! CompiledRules(PatternPackLoader.merge(base: PatternPackLoader.builtin())))

let fuzzMatcher: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    switch TextDecoding.classify(bytes) {
    case .text:
        match(bytes)
    case .utf16(let littleEndian):
        TextDecoding.utf8(fromUTF16: bytes, littleEndian: littleEndian).withUnsafeBytes(match)
    case .binary:
        break
    }
    return 0
}

func match(_ text: UnsafeRawBufferPointer) {
    let plain = matcher.matches(in: text, blob: .zero, lines: nil)
    let lines = LineDeduplicator()
    let first = matcher.matches(in: text, blob: .zero, lines: lines)
    _ = matcher.matches(in: text, blob: .zero, lines: lines)
    precondition(plain.matches.count == first.matches.count, "line deduplication changed the matches of a new blob")
    for found in plain.matches {
        precondition(text[found.range].elementsEqual(found.secret.bytes), "a match's range does not hold its secret")
        precondition(found.line >= 1 && found.column >= 1, "a match has no position")
    }
}
