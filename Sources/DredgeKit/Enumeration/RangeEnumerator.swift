import Git

/// The blobs a commit range introduces: for each commit in the range, the (path, blob) entries whose blob differs
/// from every parent's at that path (all entries of a root commit). Only the range is walked, never the whole
/// history: the walk stops where the hidden commits begin. The messages to read are those of the range's commits and
/// of the annotated tags its tips name (a pushed tag).
struct RangeEnumerator {
    let repository: Repository
    let range: CommitRange

    /// The items in history order (oldest commit first), the commits walked, and the commits and tags whose
    /// messages the range brings.
    func items() throws -> (items: [ScanItem], commits: Int, messages: [ObjectID]) {
        var tips: [ObjectID] = []
        var messages: [ObjectID] = []
        for tip in range.tips {
            tips.append(try resolve(tip))
            messages += repository.annotatedTags(tip)
        }
        var hidden = try range.hidden.map(resolve)
        hidden += range.hiddenIfKnown.compactMap { ObjectID(hex: $0) }.filter(repository.contains)
        for glob in range.hiddenReferences { hidden += repository.referenceTargets(matching: glob) }
        let walked = try RangeWalk.commits(from: tips, hiding: hidden, in: repository)
        var items: [ScanItem] = []
        var commits = 0
        for id in walked {
            let commit = try repository.commit(id)
            commits += 1
            messages.append(id)
            items += try introduced(by: commit).map { change, previous in
                ScanItem(content: .blob(change.id), path: change.path, commit: commit, previous: previous)
            }
        }
        return (items, commits, Array(Set(messages)))
    }

    /// The entries of `commit` that differ from every parent's (a merge's own changes, not what it brought in),
    /// each with the blobs the parents had at that path. A parent missing from the object database (a shallow
    /// clone's edge) does not count. The other parents of a merge are asked only for the paths that changed against
    /// the first: a full diff against a topic branch forked long ago reads every directory that changed since.
    private func introduced(by commit: Commit) throws -> [(ChangedBlob, previous: [ObjectID])] {
        let parentTrees = commit.parents.compactMap { try? repository.commit($0).tree }
        guard let first = parentTrees.first else { return try repository.changedBlobs(from: nil, to: commit.tree).map { ($0, []) } }
        var changed = try repository.changedBlobs(from: first, to: commit.tree).map { ($0, previous: $0.previous.map { [$0] } ?? []) }
        for tree in parentTrees.dropFirst() where !changed.isEmpty {
            changed = changed.compactMap { change, previous in
                let other = repository.entryID(atPath: change.path, inTree: tree)
                guard other != change.id else { return nil }
                return (change, previous + (other.map { [$0] } ?? []))
            }
        }
        return changed
    }

    private func resolve(_ revision: String) throws -> ObjectID {
        do {
            return try repository.resolveCommit(revision)
        } catch {
            throw DredgeError.unknownRevision(revision: revision, reason: error.message)
        }
    }
}
