@testable import Git
import Testing

@Suite struct DeltaTests {
    /// Base "hello, world\n" (13 bytes) -> "hello, dredge\nworld\n": copy 7 bytes from 0, insert "dredge\n", copy 6 from 7.
    static let base = Array("hello, world\n".utf8)
    static let delta: [UInt8] = [13, 20, 0x80 | 0x10, 7] + [7] + Array("dredge\n".utf8) + [0x80 | 0x01 | 0x10, 7, 6]

    @Test func copiesAndInsertsBuildTheResult() throws {
        #expect(try Delta.resultSize(of: Self.delta) == 20)
        #expect(try Delta.apply(Self.delta, to: Self.base, maxSize: 100) == Array("hello, dredge\nworld\n".utf8))
    }

    /// Each copy instruction is told with where its bytes landed and where they came from: the scanner skips the
    /// lines a delta copied whole from a base it has matched.
    @Test func copiesAreRecordedWhereTheyLandAndWhereTheyCameFrom() throws {
        var copies: [DeltaCopy] = []
        _ = try Delta.apply(Self.delta, to: Self.base, maxSize: 100, copies: &copies)
        #expect(copies == [DeltaCopy(target: 0, source: 0, length: 7), DeltaCopy(target: 14, source: 7, length: 6)])
    }

    @Test(arguments: [
        ("base of another size", [12, 20] + Array(delta.dropFirst(2))),
        ("copy past the base", [13, 20, 0x80 | 0x01 | 0x10, 10, 7, 7] + Array("dredge\n".utf8) + [0x80 | 0x01 | 0x10, 7, 6]),
        ("truncated copy", [13, 20, 0x80 | 0x01 | 0x10, 7]),
        ("insert past the end", [13, 20, 9, 65]),
        ("reserved instruction", [13, 20, 0]),
        ("result shorter than said", [13, 21] + Array(delta.dropFirst(2))),
        ("result larger than allowed", [13, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F] + Array(delta.dropFirst(2))),
        ("truncated header", [0x80]),
    ] as [(String, [UInt8])])
    func corruptDeltasThrow(_ what: String, _ delta: [UInt8]) {
        #expect(throws: Delta.Corrupt.self, "\(what)") { try Delta.apply(delta, to: Self.base, maxSize: 1 << 20) }
    }
}
