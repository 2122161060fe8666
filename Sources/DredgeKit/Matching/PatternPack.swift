import Foundation

/// One pattern-pack file and the rules it declares.
public struct PatternPack: Sendable {
    public let file: String
    public let rules: [Rule]
}
