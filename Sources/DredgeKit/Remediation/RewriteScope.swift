import Git

/// How much of the history a purge rewrites: a commit gets a new id when it brings a purged blob or descends from one
/// that does, so everything from the first changed commits on is rewritten, and every ref that reaches them moves.
public struct RewriteScope: Sendable {
    /// The refs whose history holds a purged finding, sorted.
    public let references: [String]
    /// The oldest commits the rewrite changes: they bring a purged blob and descend from no other changed commit.
    public let firstChanged: [CommitReference]
    /// Commits reachable from a ref that the rewrite gives a new id (or drops, when nothing else was in them).
    public let rewrittenCommits: Int
    /// Commits reachable from any ref.
    public let totalCommits: Int

    init(findings: [Finding], repository: Repository) throws {
        references = Array(Set(findings.flatMap(\.exposure.references))).sorted()
        let changed = Set(findings.flatMap { $0.occurrences.compactMap(\.commit) + $0.exposure.introducedIn.map(\.id) })
        let walk = try RevisionWalk(repository)
        for reference in try repository.references().references {
            if let commit = reference.commit { try walk.push(commit) }
        }
        // Oldest first, so a commit's parents are decided before it.
        var rewritten = Set<ObjectID>()
        var firstChanged: [CommitReference] = []
        var total = 0
        while let id = try walk.next() {
            total += 1
            let commit = try repository.commit(id)
            if commit.parents.contains(where: rewritten.contains) {
                rewritten.insert(id)
            } else if changed.contains(id) {
                rewritten.insert(id)
                firstChanged.append(CommitReference(id: id, author: commit.author))
            }
        }
        self.firstChanged = firstChanged
        rewrittenCommits = rewritten.count
        totalCommits = total
    }
}
