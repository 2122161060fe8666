extension GitFixture {
    /// A work repository whose `origin` is a bare repository holding one clean commit on `main`: the start of every
    /// test of what a push carries.
    public static func pushedToBareRemote() throws -> (work: GitFixture, remote: GitFixture) {
        let remote = try GitFixture(bare: true)
        let work = try GitFixture()
        try work.git("remote", "add", "origin", remote.path)
        try work.write("README.md", "hello\n")
        try work.commit("first")
        try work.git("push", "-q", "origin", "main")
        return (work, remote)
    }
}
