import ArgumentParser

/// Parses sizes such as `1048576`, `512K`, `64M`, `2G` (powers of 1024).
enum ByteSize {
    static func parse(_ text: String) throws -> Int {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = text.uppercased()
        if digits.hasSuffix("B") { digits.removeLast() }
        let multiplier = digits.last.flatMap { units[$0] } ?? 1
        if multiplier > 1 { digits.removeLast() }
        guard let value = Int(digits), value > 0 else { throw ValidationError("not a size: \(text) (try 64M)") }
        return value * multiplier
    }
}
