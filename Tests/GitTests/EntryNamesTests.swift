import Git
import Testing

/// Names looked up in trees: every name is found at its index, and names it does not hold are not, whatever their
/// length or first byte (the quick test by length and first byte must never turn a name away).
@Suite struct EntryNamesTests {
    @Test func everyNameIsFoundAndNoOther() {
        let long = String(repeating: "x", count: 70)
        let names = ["t", "Documentation", "builtin", "ünïcode.txt", "\u{7F}odd", long, "test1", "test2", ""]
        let lookup = EntryNames(names)
        func index(_ name: String) -> Int? { Array(name.utf8).withUnsafeBufferPointer { lookup.index(of: $0) } }
        for (number, name) in names.enumerated() { #expect(index(name) == number, "\(name)") }
        for other in ["u", "T", "documentation", "builtins", "test3", String(repeating: "x", count: 71), "ünïcode.tx", "s"] {
            #expect(index(other) == nil, "\(other)")
        }
    }
}
