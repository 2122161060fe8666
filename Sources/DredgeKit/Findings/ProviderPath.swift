/// A value that a rule judging by name reports, whose only sign of a provider is the file it sits in
/// (`integrations/viber/bot.py`, `config/mailjet.yml`): where it is a close near miss of that provider's shape (a few
/// characters long or short, one character outside the alphabet: `ProviderNames`), it is a copy of the provider's key
/// gone wrong, as it would be beside the provider's name in the text, and no credential of unknown kind. A path is
/// weaker evidence than a key's name, so only the file's name and its directory's count (not `.github/` above a
/// workflow: a dot-directory names the tool that reads it), and a copy cut to half is not claimed (a provider's other
/// kind of token, shorter than the one its rule knows, is no cut copy of it). The path is known only once the
/// history's walk is done, so this is judged on findings, not on matches.
enum ProviderPath {
    /// Whether every place of `finding` is in a file whose name or directory names a provider that the secret is a
    /// close near miss of (and none is a commit message), for a rule that leaves such near misses to the provider's.
    static func onlyNearMisses(_ finding: Finding, compiled: CompiledRules) -> Bool {
        guard let rule = compiled.indexByID[finding.rule.id], !finding.occurrences.isEmpty else { return false }
        var judged: [String: Bool] = [:]
        return finding.occurrences.allSatisfy { occurrence in
            guard let path = occurrence.shownPath else { return false }
            if let known = judged[path] { return known }
            let owned = compiled.nameOwner(of: finding.secret.bytes, named: naming(path), rule: rule, closely: true) != nil
            judged[path] = owned
            return owned
        }
    }

    /// The part of a path that names what the file is for: its name and its directory's, unless that is a
    /// dot-directory (`.github`, `.circleci`).
    static func naming(_ path: String) -> String {
        let components = path.split(separator: "/").suffix(2)
        return components.filter { $0 == components.last || !$0.hasPrefix(".") }.joined(separator: "/")
    }
}
