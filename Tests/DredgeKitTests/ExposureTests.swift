@testable import DredgeKit
import Foundation
import Git
import TestSupport
import Testing

@Suite struct ExposureTests {
    @Test func incidentRepositoryTellsPushedFromLocalAndRemovedFromPresent() throws {
        let incident = try IncidentFixture()
        let report = try incident.repository.scanWithBuiltinRules()
        func finding(_ secret: String) throws -> Finding { try #require(report.findings.first { $0.secret.reveal() == secret }) }

        let key = try finding(SyntheticSecrets.awsKeyID)
        #expect(key.exposure.pushed)
        #expect(key.exposure.references == ["refs/heads/local-only", "refs/heads/main", "refs/remotes/origin/main"])
        #expect(key.exposure.tips.isEmpty)
        #expect(key.exposure.introducedIn.map(\.id.hex) == [incident.commits["env"]])
        #expect(key.exposure.removedIn?.id.hex == incident.commits["removal"])
        #expect(key.exposure.lastSeen?.id.hex == incident.commits["removal"])

        let token = try finding(SyntheticSecrets.githubToken)
        #expect(Set(token.occurrences.compactMap(\.path)) == ["src/settings.py", "scripts/deploy.sh"])
        #expect(token.exposure.pushed)
        #expect(token.exposure.tips == ["refs/heads/local-only", "refs/heads/main", "refs/remotes/origin/main"])
        #expect(token.exposure.removedIn == nil)
        #expect(token.exposure.lastSeen?.id.hex == incident.commits["stripe"])  // the newest tip that has it

        let stripe = try finding(SyntheticSecrets.stripeLiveKey)
        #expect(!stripe.exposure.pushed)
        #expect(stripe.exposure.references == ["refs/heads/local-only"])
        #expect(stripe.exposure.introducedIn.map(\.id.hex) == [incident.commits["stripe"]])

        let envFile = try #require(report.findings.first { $0.rule.kind == .file && $0.secret.reveal() == ".env" })
        #expect(envFile.occurrences.allSatisfy { $0.removedIn?.id.hex == incident.commits["removal"] })
    }

    /// States read by other threads, a few commits at a time, must leave every answer as one part on one thread
    /// gives it: the chunks end between a commit and its parents, and a chunk whose reader did not read the one before
    /// starts from nothing.
    @Test func statesReadInPartsGiveTheSameExposure() throws {
        let incident = try IncidentFixture()
        _ = try incident.repository.git("repack", "-adq")  // the trees read from the pack, as in a real history
        let report = try incident.repository.scanWithBuiltinRules(jobs: 1)
        let repository = try Repository(at: incident.repository.path)
        let listing = try ObjectListing(everyObjectOf: repository)
        let index = try AppearanceIndex.build(repository, listing: listing)
        var targets: [ExposureWalk.Target] = []
        for (number, finding) in report.findings.enumerated() {
            for occurrence in finding.occurrences {
                if let path = occurrence.path { targets.append(.init(finding: number, path: path, blob: occurrence.blob)) }
            }
        }
        #expect(targets.count > 3 && index.commits.count > 5)
        let alone = ExposureWalk(trees: TreeReader(repository, listing: listing), index: index)
            .run(targets: targets, findings: report.findings.count)
        let path = incident.repository.path
        for (jobs, chunk, keptStates) in [(2, 2, 256), (2, 3, 256), (3, 1, 256), (2, 1000, 1), (1, 2, 256)] {
            var ahead = ExposureWalk(trees: TreeReader(repository, listing: listing), index: index)
            ahead.openTrees = { (try? Repository(at: path)).map { TreeReader($0, listing: listing) } }
            ahead.jobs = jobs
            ahead.chunk = chunk
            ahead.keptStates = keptStates  // 1: most children are read from the commit before them, not their parent
            #expect(ahead.run(targets: targets, findings: report.findings.count) == alone, "\(jobs) jobs, chunks of \(chunk)")
        }
        #expect(!alone.references.joined().isEmpty && alone.lastRemoval.contains { $0 != nil })
    }

    /// The appearance index credits a (blob, path) pair to the first commit that brought it; a cherry-pick onto the
    /// pushed branch brings the same blob again, and must make the finding pushed.
    @Test func cherryPickedSecretCountsOnEveryBranchThatHoldsIt() throws {
        let remote = try GitFixture(bare: true)
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.commit("initial")
        try fixture.git("checkout", "-q", "-b", "topic")
        try fixture.write("config.py", "KEY = '\(SyntheticSecrets.stripeLiveKey)'\n")
        let original = try fixture.commit("key on topic")
        try fixture.git("checkout", "-q", "main")
        try fixture.write("other.txt", "unrelated\n")
        try fixture.commit("main moves on")
        try fixture.git("cherry-pick", original)
        let picked = try fixture.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git("remote", "add", "origin", remote.path)
        try fixture.git("push", "-q", "origin", "main")
        try fixture.git("branch", "-q", "-D", "topic")

        let report = try fixture.scanWithBuiltinRules()
        let finding = try #require(report.findings.first { $0.secret.reveal() == SyntheticSecrets.stripeLiveKey })
        #expect(finding.exposure.pushed)
        #expect(finding.exposure.references == ["refs/heads/main", "refs/remotes/origin/main"])
        #expect(finding.exposure.introducedIn.map(\.id.hex).contains(picked))
    }

    /// A finding most refs hold (a forge's mirror has thousands) lists them in name order, however many, and only those
    /// that hold it.
    /// Ref names are told apart by their bytes; short names (stored inline in the string) and long ones alike.
    @Test func reviewAndPublishedRefsAreToldByTheirPrefix() {
        for review in ["refs/pull/1", "refs/pull/12345/head", "refs/merge-requests/7/head", "refs/merge-requests/1"] {
            #expect(Exposure.isReview(review), "\(review)")
            #expect(Exposure.isPublished(review), "\(review)")
        }
        for remote in ["refs/remotes/o/m", "refs/remotes/origin/feature/very-long-branch-name"] {
            #expect(!Exposure.isReview(remote), "\(remote)")
            #expect(Exposure.isPublished(remote), "\(remote)")
        }
        for local in ["", "refs/pull", "refs/pullx/1", "refs/heads/pull/1", "refs/heads/refs/pull/1", "refs/tags/v1", "refs/remotes"] {
            #expect(!Exposure.isPublished(local), "\(local)")
        }
    }

    /// A sorted list's review refs are found by bisection: the same names as testing each one, around names that
    /// share all but the prefix's last character or lie between the two prefixes' runs.
    @Test func reviewRefsOfASortedListAreTheNamesThatBeginWithTheirPrefix() {
        let names = ["refs/heads/main", "refs/merge-requests", "refs/merge-requests/1", "refs/merge-requests/7/head",
                     "refs/merge-requests0", "refs/notes/commits", "refs/pull", "refs/pull.x", "refs/pull/1", "refs/pull/12345/head",
                     "refs/pull/9/merge", "refs/pull0", "refs/pullx/1", "refs/remotes/origin/main", "refs/tags/v1"].sorted()
        for count in 0...names.count {
            for first in 0...(names.count - count) {
                let slice = Array(names[first..<(first + count)])
                let (other, runs) = Exposure.splitReview(slice)
                #expect(other == slice.filter { !Exposure.isReview($0) }, "\(slice)")
                #expect(runs.flatMap { slice[$0] } == slice.filter(Exposure.isReview), "\(slice)")
            }
        }
    }

    @Test func manyRefsAreListedInNameOrder() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        let clean = try fixture.commit("initial")
        try fixture.write("config.py", "KEY = '\(SyntheticSecrets.stripeLiveKey)'\n")
        try fixture.commit("key")
        // Created out of name order, as a walk meets them; tag-070 and tag-071 point before the key.
        let numbers = (0..<72).map { ($0 * 37) % 72 }
        for number in numbers {
            try fixture.git("tag", String(format: "tag-%03d", number), number >= 70 ? clean : "HEAD")
        }
        let report = try fixture.scanWithBuiltinRules()
        let finding = try #require(report.findings.first { $0.secret.reveal() == SyntheticSecrets.stripeLiveKey })
        let tags = (0..<70).map { String(format: "refs/tags/tag-%03d", $0) }
        #expect(finding.exposure.references == ["refs/heads/main"] + tags)
        #expect(finding.exposure.tips == ["refs/heads/main"] + tags)
    }

    @Test func secretOnlyInReflogIsInNoRef() throws {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        let base = try fixture.commit("initial")
        try fixture.write("config.py", "KEY = '\(SyntheticSecrets.stripeLiveKey)'\n")
        try fixture.commit("oops")
        try fixture.git("reset", "-q", "--hard", base)

        let report = try fixture.scanWithBuiltinRules()
        let finding = try #require(report.findings.first { $0.secret.reveal() == SyntheticSecrets.stripeLiveKey })
        #expect(!finding.exposure.referenced)
        #expect(!finding.exposure.pushed)
    }
}
