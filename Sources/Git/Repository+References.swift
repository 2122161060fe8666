internal import CGit2
import Foundation

extension Repository {
    /// Every reference (branches, tags, remote-tracking refs, notes, stash), peeled to the object it names.
    /// Symbolic references are resolved; references that cannot be resolved, or that name an object missing from the
    /// object database, are left out and described in `unresolved`.
    public func references() throws(GitError) -> (references: [Reference], unresolved: [String]) {
        var names = git_strarray()
        try check(git_reference_list(&names, handle), "git_reference_list")
        defer { git_strarray_dispose(&names) }
        var references: [Reference] = []
        var unresolved: [String] = []
        for index in 0..<names.count {
            let name = String(cString: names.strings[index]!)
            var target = git_oid()
            guard git_reference_name_to_id(&target, handle, name) == 0 else {
                unresolved.append("reference \(name) does not resolve")
                continue
            }
            guard git_odb_exists(odb, &target) == 1 else {
                unresolved.append("reference \(name) points at \(ObjectID(target)), which is not in the object database")
                continue
            }
            references.append(Reference(name: name, commit: peeledCommit(target), target: ObjectID(target)))
        }
        let listed = Set((0..<names.count).map { String(cString: names.strings[$0]!) })
        unresolved += brokenLooseReferences(listed: listed).map { "ignoring broken ref \($0)" }
        return (references, unresolved)
    }

    /// The objects the references matching `glob` name (`refs/remotes/origin/*`; `*` matches `/` too, as in git's
    /// `--remotes`), symbolic ones resolved; a reference that does not resolve is left out.
    public func referenceTargets(matching glob: String) -> [ObjectID] {
        var iterator: OpaquePointer?
        guard git_reference_iterator_glob_new(&iterator, handle, glob) == 0 else { return [] }
        defer { git_reference_iterator_free(iterator) }
        var targets: [ObjectID] = []
        var reference: OpaquePointer?
        while git_reference_next(&reference, iterator) == 0 {
            defer { git_reference_free(reference) }
            if let target = git_reference_target(reference) {
                targets.append(ObjectID(target.pointee))
            } else {
                var resolved: OpaquePointer?
                guard git_reference_resolve(&resolved, reference) == 0 else { continue }
                defer { git_reference_free(resolved) }
                if let target = git_reference_target(resolved) { targets.append(ObjectID(target.pointee)) }
            }
        }
        return targets
    }

    /// Loose reference files that libgit2's listing skips without a word because they do not parse (`echo garbage >
    /// .git/refs/heads/x`); git warns "ignoring broken ref" for them, and their history may be what a scan misses.
    private func brokenLooseReferences(listed: Set<String>) -> [String] {
        let common = String(cString: git_repository_commondir(handle))
        var broken: [String] = []
        func visit(_ directory: String, _ name: String) {
            guard let stream = opendir(directory) else { return }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let child = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                guard child != ".", child != ".." else { continue }
                let path = directory + "/" + child, reference = name + "/" + child
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    visit(path, reference)
                } else if status.st_mode & S_IFMT == S_IFREG, !child.hasSuffix(".lock"), !listed.contains(reference) {
                    var target = git_oid()
                    if git_reference_name_to_id(&target, handle, reference) != 0 { broken.append(reference) }
                }
            }
        }
        visit(common.hasSuffix("/") ? common + "refs" : common + "/refs", "refs")
        return broken.sorted()
    }

    /// The commit that `id` names once annotated tags are peeled, or nil when it is not a commit or is missing.
    private func peeledCommit(_ id: git_oid) -> ObjectID? {
        withPeeledCommit(id) { ObjectID(git_object_id($0)!.pointee) }
    }

    /// Lends `body` the commit that `id` names once annotated tags are peeled; nil when it is not a commit or is missing.
    func withPeeledCommit<Result>(_ id: git_oid, _ body: (OpaquePointer) -> Result) -> Result? {
        var oid = id
        var object: OpaquePointer?
        guard git_object_lookup(&object, handle, &oid, GIT_OBJECT_ANY) == 0 else { return nil }
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        guard git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) == 0 else { return nil }
        defer { git_object_free(peeled) }
        return body(peeled!)
    }

    /// The ids a reference's reflog has recorded (old and new values), so commits that were reset away are still walked.
    public func reflogCommits(of referenceName: String) -> [ObjectID] {
        var reflog: OpaquePointer?
        guard git_reflog_read(&reflog, handle, referenceName) == 0 else { return [] }
        defer { git_reflog_free(reflog) }
        var ids: [ObjectID] = []
        for index in 0..<git_reflog_entrycount(reflog) {
            guard let entry = git_reflog_entry_byindex(reflog, index) else { continue }
            for oid in [git_reflog_entry_id_old(entry), git_reflog_entry_id_new(entry)] {
                guard let oid, git_oid_is_zero(oid) == 0 else { continue }
                ids.append(ObjectID(oid.pointee))
            }
        }
        return ids
    }

    /// The id HEAD resolves to, or nil for an unborn branch.
    public func headCommit() -> ObjectID? {
        var oid = git_oid()
        guard git_reference_name_to_id(&oid, handle, "HEAD") == 0 else { return nil }
        return peeledCommit(oid)
    }
}
