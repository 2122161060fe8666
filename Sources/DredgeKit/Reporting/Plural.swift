/// Counted nouns in English: `1 blob`, `2 blobs`, `1 entry`, `3 entries`, never `1 blobs` or `0 finding(s)`.
public enum Plural {
    /// `count` and the noun, plural unless the count is one; `plural` when adding an `s` is wrong.
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? Self.plural(of: singular))"
    }

    /// The regular plural of the last word: `entry` → `entries`, `match` → `matches`, else an `s`.
    static func plural(of singular: String) -> String {
        if singular.hasSuffix("y"), let before = singular.dropLast().last, !"aeiou".contains(before) {
            return singular.dropLast() + "ies"
        }
        if ["s", "x", "ch", "sh"].contains(where: singular.hasSuffix) { return singular + "es" }
        return singular + "s"
    }
}
