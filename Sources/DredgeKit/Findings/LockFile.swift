/// A package manager's lock file (`Podfile.lock`, `yarn.lock`, `Cargo.lock`, `go.sum`): the tool writes it, and it
/// pins versions and checksums of public artefacts. A package's name there may read as a secret's (`FirebaseAuth:
/// <sha1>` under CocoaPods' `SPEC CHECKSUMS`), its checksum as the value, so a rule that judges a value by its name
/// (`ProviderPrefixes.judgedByName`) finds nothing there. Provider formats and credentials in a registry URL still
/// count: a private registry's token does get written into `resolved` URLs.
enum LockFile {
    static let names: Set<String> = [
        "podfile.lock", "package.resolved", "yarn.lock", "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml",
        "bun.lock", "deno.lock", "composer.lock", "gemfile.lock", "cargo.lock", "go.sum", "poetry.lock", "pipfile.lock",
        "uv.lock", "pdm.lock", "mix.lock", "pubspec.lock", "flake.lock", "packages.lock.json", "gradle.lockfile",
        "chart.lock", ".terraform.lock.hcl", "cartfile.resolved", "manifest.toml",
    ]

    static func isLockFile(_ path: String) -> Bool {
        names.contains(DataStoreFormat.fileName(path).lowercased())
    }

    /// Whether a by-name finding lives only in lock files (every occurrence in one; none in a commit message).
    static func onlyInLockFiles(_ finding: Finding) -> Bool {
        ProviderPrefixes.judgedByName.contains(finding.rule.family) && !finding.occurrences.isEmpty
            && finding.occurrences.allSatisfy { $0.shownPath.map(isLockFile) == true }
    }
}
