internal import CGit2

extension Repository {
    /// Reads any object's raw content (a commit's or tag's headers and message, a blob's bytes) and lends it to
    /// `body` with the object's kind; the buffer is only valid inside the closure.
    public func withObjectBytes<R>(_ id: ObjectID, _ body: (ObjectKind, UnsafeRawBufferPointer) throws -> R) throws -> R {
        var oid = id.gitOID
        var object: OpaquePointer?
        try check(git_odb_read(&object, odb, &oid), "git_odb_read")
        defer { git_odb_object_free(object) }
        return try body(ObjectKind(git_odb_object_type(object)),
                        UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object)))
    }

    /// The annotated tags a revision names before it reaches a commit: `v1.0` (or its tag object's id) names one,
    /// a tag of a tag two, a branch or a commit none.
    public func annotatedTags(_ revision: String) -> [ObjectID] {
        var object: OpaquePointer?
        guard git_revparse_single(&object, handle, revision) == 0 else { return [] }
        var tags: [ObjectID] = []
        while let current = object, git_object_type(current) == GIT_OBJECT_TAG, tags.count < 16 {
            tags.append(ObjectID(git_object_id(current)!.pointee))
            var target: OpaquePointer?
            let rc = git_tag_target(&target, current)
            git_object_free(current)
            object = rc == 0 ? target : nil
        }
        git_object_free(object)
        return tags
    }

    /// The notes of a notes ref (`refs/notes/commits`): each note's blob and the object it is attached to.
    public func notes(_ reference: String) -> [(note: ObjectID, annotated: ObjectID)] {
        typealias Visitor = (ObjectID, ObjectID) -> Void
        var notes: [(note: ObjectID, annotated: ObjectID)] = []
        var visitor: Visitor = { notes.append((note: $0, annotated: $1)) }
        _ = withUnsafeMutablePointer(to: &visitor) { pointer in
            git_note_foreach(handle, reference, { note, annotated, payload in
                payload!.assumingMemoryBound(to: Visitor.self).pointee(ObjectID(note!.pointee), ObjectID(annotated!.pointee))
                return 0
            }, pointer)
        }
        return notes
    }
}
