import Testing
@testable import DredgeKit

/// The globs of every built-in path rule, asked together (`PathGlobs`, which tells file names and `*` suffixes
/// without fnmatch), answer every path as each glob asked alone through fnmatch does.
@Suite struct PathGlobsTests {
    @Test func everyBuiltinGlobAnswersAsFnmatchDoes() throws {
        let rules = try PatternPackLoader.merge(base: PatternPackLoader.builtin())
        let globs = Array(Set(rules.flatMap(\.paths))).sorted()
        #expect(globs.count > 50)
        var paths = ["README.md", ".env", ".env.prod", "app/.env.local", "config/.npmrc", "home/ci/.docker/config.json",
                     "notes.txt", ".txt", "a/.hidden.txt", "secrets/id_rsa", "id_rsa.pub", "deploy/terraform.tfstate",
                     ".tfstate", "x/y/z/credentials", ".aws/credentials", "db/dump.sql", "keystore.jks", "src/main.swift",
                     "Documentation/git.txt", "t/t0000-basic.sh", "settings.py", ".git-credentials", "a/b/.pgpass"]
        // Each glob's own text as a path, at the root and below a directory: the nearest paths it must take or leave.
        for glob in globs where !glob.contains("/") {
            let literal = glob.replacingOccurrences(of: "*", with: "x").replacingOccurrences(of: "?", with: "q")
            paths += [literal, "deep/dir/" + literal, "." + literal, literal + ".bak"]
        }
        for path in paths {
            let alone = globs.contains { PathGlob($0).matches(path) }
            #expect(PathGlobs(globs).matchAny(path) == alone, "\(path)")
        }
    }
}
