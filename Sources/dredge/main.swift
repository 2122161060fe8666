import ArgumentParser
import DredgeKit
import Foundation

// Owns the exit codes: 0 clean, 1 findings, 2 any error (ArgumentParser alone would use 1 or 64).
// An interrupt stops at once, whatever the parent left us (a runner may start children with SIGINT ignored or
// blocked): reports are written whole with a rename at the end, so stopping early leaves none behind, never half.
signal(SIGINT) { _ in _exit(130) }
signal(SIGTERM) { _ in _exit(143) }
var interrupts = sigset_t()
sigemptyset(&interrupts)
sigaddset(&interrupts, SIGINT)
sigaddset(&interrupts, SIGTERM)
pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
MallocTuning.apply()
func runAsync<C: AsyncParsableCommand>(_ command: C) async throws {
    var command = command
    try await command.run()
}
do {
    if let remote = HookCommand.PrePush.remote(inHookArguments: Array(CommandLine.arguments.dropFirst())) {
        try HookCommand.PrePush.run(remote: remote)
        exit(0)
    }
    var command = try Dredge.parseAsRoot(PathArguments.extract(Array(CommandLine.arguments.dropFirst())))
    if let asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(asyncCommand)
    } else {
        try command.run()
    }
} catch {
    if error is ExitCode || Dredge.exitCode(for: error).isSuccess { Dredge.exit(withError: error) }
    // A Foundation or POSIX error that reached here unwrapped still gets its real cause, not a Cocoa dump.
    let foundation = error is POSIXError || (error as NSError).domain == NSCocoaErrorDomain || (error as NSError).domain == NSPOSIXErrorDomain
    FileHandle.standardError.write(Data("dredge: \(foundation ? ErrorCause.of(error) : Dredge.message(for: error))\n".utf8))
    exit(2)
}
