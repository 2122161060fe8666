import Foundation
@testable import Git

/// Each input is the entries of a pack file holding two objects (the first at offset 12, the second where the input's
/// first byte says), written with a matching version-2 index into a repository's `objects/pack`. The listing and the
/// pack reader must read them or throw, never trap; and the input's tail, split by its second byte into a base and a
/// delta, goes through `Delta.apply` the same way.
let repository = NSTemporaryDirectory() + "dredge-fuzz-pack-\(getpid())"
let packDirectory = repository + "/objects/pack"
let created: Void = { try! FileManager.default.createDirectory(atPath: packDirectory, withIntermediateDirectories: true) }()

let fuzzPackReader: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    _ = created
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let second = 12 + 1 + Int(input.first ?? 0) % max(1, input.count)
    func word(_ value: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(value).bigEndian, Array.init) }
    let pack = Array("PACK".utf8) + word(2) + word(2) + input + [UInt8](repeating: 0, count: 20)
    let ids = [[UInt8](repeating: 0, count: 19) + [1], [UInt8](repeating: 0, count: 19) + [2]]
    var index: [UInt8] = [0xFF, 0x74, 0x4F, 0x63] + word(2)
    for _ in 0..<256 { index += word(2) }  // both ids start with byte 0
    index += ids.joined() + word(0) + word(0) + word(12) + word(second) + [UInt8](repeating: 0, count: 40)
    do {
        try Data(pack).write(to: URL(fileURLWithPath: packDirectory + "/pack-fuzz.pack"))
        try Data(index).write(to: URL(fileURLWithPath: packDirectory + "/pack-fuzz.idx"))
    } catch {
        fatalError("cannot write the fuzz pack: \(error)")
    }
    let listing = ObjectListing(objectsDirectory: repository + "/objects") { [] }
    let reader = PackReader(listing)
    for object in listing.objects {
        guard let location = object.location else { continue }
        _ = try? reader.withObject(at: location, maxSize: 1 << 20) { $0.count }
    }
    if input.count > 2 {
        let split = min(input.count, 2 + Int(input[1]))
        let base = Array(input[2..<split]), delta = Array(input[split...])
        _ = try? Delta.resultSize(of: delta)
        _ = try? Delta.apply(delta, to: base, maxSize: 1 << 20)
    }
    return 0
}
