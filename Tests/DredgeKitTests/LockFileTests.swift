import TestSupport
import Testing
@testable import DredgeKit

/// A package manager's lock file pins packages by checksum; a package named like a secret is no secret's name there.
@Suite struct LockFileTests {
    @Test func lockFilesByTheirNames() {
        for path in ["ios/Podfile.lock", "yarn.lock", "web/package-lock.json", "go.sum", "Cargo.lock", "Package.resolved"] {
            #expect(LockFile.isLockFile(path), "\(path)")
        }
        for path in ["Podfile", "package.json", "config/lock.yml", "auth.lock.example", "Cargo.toml"] {
            #expect(!LockFile.isLockFile(path), "\(path)")
        }
    }

    /// Scanned as `dredge scan` does: CocoaPods' checksum of `FirebaseAuth` reads as an `auth` name and 40 hex digits
    /// in the lock file, and is none; the same line in a source file, a password in a lock file's registry URL,
    /// and the same checksum also quoted in a commit message are still reported.
    @Test func byNameFindingsLeaveLockFilesOnly() throws {
        let fixture = try GitFixture()
        let lock = "PODS:\n  - FirebaseAuth (10.1.0)\n\nSPEC CHECKSUMS:\n  FirebaseAuth: 225ea5fef221796a5bbd720a2bd357f83d50d617\n  AppAuth: 3bb1d1cd9340bd09f5ed189fb00b1cc28e1e8570\n"
        try fixture.write("ios/Podfile.lock", lock)
        try fixture.write("app/config.py", "FIREBASE_AUTH = \"8c1e5b0f7d2a94e36b0c5d8f1a7e2b4c9d3f6a01\"\n")
        let token = "Wq8zL3vKp9Tm2Xr5"
        try fixture.write("package-lock.json", "{\"packages\": {\"node_modules/@shop/ui\": {\"resolved\": \"https://ci:\(token)@npm.shop.test/@shop/ui/-/ui-1.0.0.tgz\"}}}\n")
        try fixture.commit("Add pods, settings and the lock file")
        try fixture.write("NOTES", "x\n")
        try fixture.commit("Bump AppAuth: 3bb1d1cd9340bd09f5ed189fb00b1cc28e1e8570")

        let reported = Set(try fixture.scanWithBuiltinRules().findings.map { $0.secret.reveal() })
        #expect(!reported.contains("225ea5fef221796a5bbd720a2bd357f83d50d617"), "\(reported)")
        #expect(reported.contains("8c1e5b0f7d2a94e36b0c5d8f1a7e2b4c9d3f6a01"), "\(reported)")
        #expect(reported.contains(token), "\(reported)")
        #expect(reported.contains("3bb1d1cd9340bd09f5ed189fb00b1cc28e1e8570"), "\(reported)")
    }
}
