import Git

/// The blobs staged for the next commit: new and modified files in the index against HEAD (every staged file
/// before the first commit). They belong to no commit yet.
struct StagedEnumerator {
    let repository: Repository

    func items() throws -> [ScanItem] {
        do {
            return try repository.stagedBlobs().map { ScanItem(content: .blob($0.id), path: $0.path, commit: nil) }
        } catch {
            throw DredgeError.unreadablePath(path: repository.gitDirectory + "index", reason: error.message)
        }
    }
}
