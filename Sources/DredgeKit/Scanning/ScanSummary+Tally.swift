import Foundation

extension ScanSummary {
    /// Takes over what the blob readers counted.
    mutating func count(_ tally: BlobScanner.Tally) {
        blobs = tally.blobs.count
        blobsScanned = tally.scanned
        bytesScanned = tally.bytes
        bytesToRegex = tally.regexBytes
        bytesPrefiltered = tally.prefilteredBytes
        bytesCopied = tally.copiedBytes
        binaryBlobs = tally.binary
        oversizedBlobs = tally.oversized
        unreadableBlobs = tally.unreadable.count
        skippedMatches = tally.limited.sorted()
        unwrapped = tally.unwrapped
        messagesScanned = tally.messages
        messageBytes = tally.messageBytes
        messageCPUSeconds = tally.messageCPUSeconds
        busiestRules = RuleCost.busiest(tally.ruleCosts)
    }

    /// Records the findings, the phases and the time taken, at the end of a scan.
    mutating func finish(findings: [Finding], phases: [Phase]) {
        self.phases = phases
        self.findings = findings.count
        occurrences = findings.reduce(0) { $0 + $1.occurrences.count }
        duration = Date().timeIntervalSince(startedAt)
        cpuSeconds = ThreadCPUClock.processSeconds()
    }
}
