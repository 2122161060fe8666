import Git

extension FindingAssembler {
    /// Follows every finding's (path, blob) pairs through the history: the refs that hold it, the commits that
    /// brought it, and for committed files the commit that removed each path.
    /// `jobs` threads read the commits' root trees ahead of the walk.
    func addExposure(to findings: inout [Finding], repository: Repository, listing: ObjectListing? = nil, jobs: Int = 1) {
        let bare = repository.workDirectory == nil
        for number in findings.indices { findings[number].exposure.inBareRepository = bare }
        var targets: [ExposureWalk.Target] = []
        var messages: [Int: [Int]] = [:]  // commit index → findings in its message
        var tagged: [ObjectID: [Int]] = [:]  // tag object → findings in its message
        for (number, finding) in findings.enumerated() {
            let places = Set(finding.occurrences.compactMap { occurrence in occurrence.path.map { PlaceKey(path: $0, blob: occurrence.blob) } })
            targets += places.map { ExposureWalk.Target(finding: number, path: $0.path, blob: $0.blob) }
            for case let message? in Set(finding.occurrences.map(\.message)) {
                switch message.kind {
                case .commit: if let commit = index.commitIndex(of: message.object) { messages[commit, default: []].append(number) }
                case .tag: tagged[message.object, default: []].append(number)
                case .note: break  // a note is a blob at a path: a target above
                }
            }
        }
        guard !targets.isEmpty || !messages.isEmpty || !tagged.isEmpty else { return }
        let listing = listing ?? ObjectListing(unlocated: [])
        var walk = ExposureWalk(trees: TreeReader(repository, listing: listing), index: index)
        let gitDirectory = repository.gitDirectory
        // A smaller cache than the scan's: the walk keeps states besides, and runs at the peak of a scan's memory.
        walk.openTrees = { (try? Repository(at: gitDirectory)).map { TreeReader($0, listing: listing, cacheBudget: 4 << 20) } }
        walk.jobs = jobs
        var walked = walk.run(targets: targets, messages: messages, findings: findings.count)
        // A tag's message is held by the refs that name the tag object, for as long as they do.
        for (reference, tag) in index.references.enumerated().map({ ($0.offset, $0.element.target) }) {
            for number in tagged[tag] ?? [] where !walked.references[number].contains(reference) {
                walked.references[number].append(reference)
                walked.tips[number].append(reference)
            }
        }
        func reference(_ commitIndex: Int) -> CommitReference {
            CommitReference(id: index.commits[commitIndex].id, author: index.commits[commitIndex].author)
        }
        // Refs in name order, sorted once: curl has 17,883, and a finding most of them hold. A finding's refs are put in
        // that order by marking their places, not by sorting each list (0.15 s on curl).
        let byName = index.references.indices.sorted { index.references[$0].name < index.references[$1].name }
        var rank = Array(repeating: 0, count: index.references.count)
        for (place, reference) in byName.enumerated() { rank[reference] = place }
        var marked = Array(repeating: false, count: byName.count)
        // Findings mostly share their refs (on curl, most of 270 findings are held by most of 17,887 refs, in 121
        // different lists): a list is named once, and the names are shared.
        var named: [ReferenceList: [String]] = [:]
        func names(_ references: [Int]) -> [String] {
            guard references.count > 64 else { return references.sorted { rank[$0] < rank[$1] }.map { index.references[$0].name } }
            let list = ReferenceList(references)
            if let known = named[list] { return known }
            for reference in references { marked[rank[reference]] = true }
            defer { for reference in references { marked[rank[reference]] = false } }
            let sorted = byName.indices.compactMap { marked[$0] ? index.references[byName[$0]].name : nil }
            named[list] = sorted
            return sorted
        }
        // Each ref's tip commit and its date, looked up once, not per finding (on curl that was 9.6 million commit
        // lookups, 0.2 s).
        let tipCommits = index.references.map { $0.commit.flatMap(index.commitIndex) }
        let tipDates = tipCommits.map { $0.map { index.commits[$0].committer.date } }
        for number in findings.indices {
            var exposure = Exposure()
            exposure.inBareRepository = bare
            exposure.references = names(walked.references[number])
            exposure.tips = names(walked.tips[number])
            exposure.introducedIn = walked.introductions[number].map(reference).sorted { $0.author.date < $1.author.date }
            exposure.removedIn = exposure.tips.isEmpty ? walked.lastRemoval[number].map(reference) : nil
            let newestTip = walked.tips[number].filter { tipCommits[$0] != nil }.max { tipDates[$0]! < tipDates[$1]! }
            exposure.lastSeen = newestTip.flatMap { tipCommits[$0] }.map(reference) ?? exposure.removedIn
            findings[number].exposure = exposure
            guard findings[number].rule.kind == .file else { continue }
            for occurrence in findings[number].occurrences.indices {
                guard let path = findings[number].occurrences[occurrence].path, let removal = walked.pathRemovals[path] else { continue }
                findings[number].occurrences[occurrence].removedIn = reference(removal)
            }
        }
    }

    /// A finding's refs as a dictionary key, hashed eight bytes at a step (`LineHash`): hashing each of curl's 17,887
    /// refs through `Hasher` for each of 270 findings, twice, took 0.1 s of the follow-up's serial end.
    private struct ReferenceList: Hashable {
        let references: [Int]
        let hash: UInt64

        init(_ references: [Int]) {
            self.references = references
            hash = references.withUnsafeBytes(LineHash.of)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Self, b: Self) -> Bool { a.hash == b.hash && a.references == b.references }
    }

    private struct PlaceKey: Hashable {
        let path: String
        let blob: ObjectID
    }
}
