/// ITU-T E.164 country calling codes. The assigned codes form a prefix-free set, so the code of an international
/// number is the one assigned code among its first one, two or three digits.
enum CountryCallingCode {
    static let assigned: Set<String> = {
        var codes: Set<String> = ["1", "7"]
        codes.formUnion(["20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
                         "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
                         "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"])
        let threeDigitRanges: [ClosedRange<Int>] = [
            211...213, 216...216, 218...218, 220...258, 260...269, 290...291, 297...299, 350...359, 370...383,
            385...387, 389...389, 420...421, 423...423, 500...509, 590...599, 670...670, 672...683, 685...692,
            800...800, 808...808, 850...850, 852...853, 855...856, 870...870, 878...878, 880...883, 886...886,
            888...888, 960...968, 970...977, 979...979, 992...996, 998...998,
        ]
        for range in threeDigitRanges { codes.formUnion(range.map(String.init)) }
        return codes
    }()

    /// The country calling code that `digits` (an international number without `+`) begins with, if any.
    static func prefix<Digits: StringProtocol>(of digits: Digits) -> String? {
        for length in 1...3 where digits.count > length {
            let candidate = String(digits.prefix(length))
            if assigned.contains(candidate) { return candidate }
        }
        return nil
    }
}
