/// The literal text the values of a pattern's `secret` group begin with, read off the pattern: one start per choice
/// (each of the group's own alternatives, `sk_…|rk_…`; a class of a few letters or digits, `pn[ub]_`; a group of
/// literal alternatives, `(?:live|test)_`), each up to the first part that is no fixed literal. A start may be empty:
/// that alternative begins its values with anything.
enum PatternStart {
    static func literals(ofSecretIn pattern: String) -> [String] {
        guard let open = pattern.range(of: "(?<secret>") else { return [] }
        var starts: [String] = []
        for alternative in alternatives(of: pattern[open.upperBound...]) {
            starts += literals(beginning: alternative)
            if starts.count > 16 { break }
        }
        return starts
    }

    /// The longest text every start shares (`pn` of `pnu_` and `pnb_`).
    static func common(ofSecretIn pattern: String) -> String { common(of: literals(ofSecretIn: pattern)) }

    static func common(of starts: [String]) -> String {
        guard var shared = starts.first else { return "" }
        for start in starts.dropFirst() {
            shared = String(zip(shared, start).prefix { $0 == $1 }.map(\.0))
        }
        return shared
    }

    /// The top-level alternatives of a group whose text starts at `rest`, up to the parenthesis that closes it.
    private static func alternatives(of rest: Substring) -> [Substring] {
        var found: [Substring] = []
        var depth = 0, escaped = false, inClass = false, start = rest.startIndex
        for index in rest.indices {
            let character = rest[index]
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass && depth == 0: return found + [rest[start..<index]]
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0:
                found.append(rest[start..<index])
                start = rest.index(after: index)
            default: break
            }
        }
        return found + [rest[start...]]
    }

    private static func isLiteral(_ character: Character) -> Bool { character.isLetter || character.isNumber || "_-:/".contains(character) }

    /// The starts of one alternative: its literals, a small class or a group of literal alternatives taken one by
    /// one, until a part that is none of these or is optional or repeated.
    private static func literals(beginning alternative: Substring) -> [String] {
        var starts = [""]
        var rest = alternative
        while let first = rest.first, starts.count <= 16 {
            let options: [String], taken: Int
            let second = rest.dropFirst().first
            if first == "\\", let second, ".-_:/".contains(second) {
                (options, taken) = ([String(second)], 2)
            } else if isLiteral(first) {
                (options, taken) = ([String(first)], 1)
            } else if first == "[", let close = rest.firstIndex(of: "]"), case let inner = rest[rest.index(after: rest.startIndex)..<close],
                      (1...4).contains(inner.count), inner.allSatisfy({ $0.isLetter || $0.isNumber }) {
                (options, taken) = (inner.map(String.init), inner.count + 2)
            } else if rest.hasPrefix("(?:"), let close = rest.firstIndex(of: ")"),
                      case let inner = rest[rest.index(rest.startIndex, offsetBy: 3)..<close],
                      case let choices = inner.split(separator: "|", omittingEmptySubsequences: false),
                      choices.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isLiteral) }) {
                (options, taken) = (choices.map(String.init), inner.count + 4)
            } else {
                break
            }
            let after = rest.dropFirst(taken)
            if let next = after.first, "?*{".contains(next) { break }  // optional or repeated: no fixed start
            starts = starts.flatMap { start in options.map { start + $0 } }
            rest = after
        }
        return starts
    }
}
