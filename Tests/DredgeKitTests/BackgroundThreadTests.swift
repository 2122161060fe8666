@testable import DredgeKit
import Foundation
import Testing

@Suite struct BackgroundThreadTests {
    private final class Connection: Sendable {}

    /// What the work captured is let go before the caller hears it is done: an inventory's database is closed (its
    /// write-ahead log checkpointed into the file) before the process can exit.
    @Test func theWorkIsLetGoBeforeItsResultIsGiven() throws {
        for _ in 0..<20 {
            weak var watched: Connection?
            let background: BackgroundThread<Int> = try {
                let connection = Connection()
                watched = connection
                return BackgroundThread { withExtendedLifetime(connection) { 7 } }
            }()
            #expect(try background.result() == 7)
            #expect(watched == nil)
        }
    }

    @Test func anErrorOfTheWorkIsThrownToTheCaller() {
        struct Failed: Error {}
        let background = BackgroundThread<Int> { throw Failed() }
        #expect(throws: Failed.self) { try background.result() }
    }
}
