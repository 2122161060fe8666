import Git

/// Finds an id's position in an array of ids: an open-addressing table of 4-byte positions, filled up to 3/4, where a
/// `Dictionary<ObjectID, Int>` took 28 bytes an entry at up to 3/4 load and grew by copying itself whole. The ids
/// themselves stay in the caller's array, which every lookup is given.
struct ObjectPositions: Sendable {
    /// Position + 1; 0 marks an empty slot.
    private var slots = [UInt32](repeating: 0, count: 16)
    private(set) var count = 0

    func position(of id: ObjectID, in ids: [ObjectID]) -> Int? {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot] - 1)
            if ids[position] == id { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records that `ids[position]` is there; the caller has checked it is not yet.
    mutating func insert(_ position: Int, in ids: [ObjectID]) {
        precondition(position < Int(UInt32.max), "more objects than a table of 32-bit positions holds")
        if (count + 1) * 4 > slots.count * 3 { grow(ids) }
        place(position, id: ids[position])
        count += 1
    }

    private mutating func place(_ position: Int, id: ObjectID) {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(position + 1)
    }

    private mutating func grow(_ ids: [ObjectID]) {
        let old = slots
        slots = [UInt32](repeating: 0, count: old.count * 2)
        for value in old where value != 0 {
            let position = Int(value - 1)
            place(position, id: ids[position])
        }
    }
}
