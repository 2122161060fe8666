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
}
