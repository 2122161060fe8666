import Foundation

/// Shannon entropy in bits per byte: random base64 approaches 6, hex 4, English words 2 to 3.
public enum Entropy {
    public static func shannon<Bytes: Collection>(_ bytes: Bytes) -> Double where Bytes.Element == UInt8 {
        guard !bytes.isEmpty else { return 0 }
        // A stack buffer: this runs for every candidate secret, and a heap array each time showed in profiles.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            for byte in bytes { counts[Int(byte)] += 1 }
            let total = Double(bytes.count)
            return counts.reduce(0.0) { sum, count in
                guard count > 0 else { return sum }
                let p = Double(count) / total
                return sum - p * log2(p)
            }
        }
    }

    /// The entropy a value of `length` bytes must reach under a rule asking for `minimum`. A value of n bytes holds at
    /// most log2(n) bits per byte, and a random 20-character key averages about 3.9 (`Gs10QItykPu4ofIKPskA`, NS1's
    /// shape, is 3.92): a floor of 4.0 drops most keys that short. Short values are held to log2(n) - 0.45 instead,
    /// never below 3.5; at 27 bytes and more the rule's own floor stands.
    public static func floor(_ minimum: Double, length: Int) -> Double {
        guard minimum > shortFloor, length > 0 else { return minimum }
        return max(shortFloor, min(minimum, log2(Double(length)) - 0.45))
    }

    static let shortFloor = 3.5
}
