@testable import DredgeKit
import Foundation
import TestSupport
import Testing

/// A notebook written by nbformat (`fixtures/notebooks`): its cells' code is read decoded, in its place.
@Suite struct NotebookTextTests {
    @Test func aCellsPasswordIsFoundAtItsLineOfTheNotebook() throws {
        let fixture = try GitFixture()
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("analysis"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("notebooks/orders.ipynb"),
                                         to: fixture.root.appendingPathComponent("analysis/orders.ipynb"))
        try fixture.commit("orders notebook")
        var request = ScanRequest(repositoryPath: fixture.path)
        request.jobs = 1
        let report = try Scanner(request).run()
        // Escaped as the notebook's JSON holds it (`password=\"…\"`), no rule read it as a password.
        let password = try #require(report.findings.first { $0.secret.reveal() == "CdJQANrALryw0o4c" })
        #expect(password.occurrences.first?.line == 20)
        #expect(password.occurrences.first?.layers == [])
    }

    @Test func onlyLinesThatAreOneStringAreDecoded() {
        let text = #"""
            {
             "cells": [{"source": [
                "key = \"a\\b\" \u00e9\n",
                "x = 1", "y = 2",
                "last\\n line\n"
              ]}],
             "nbformat": 4
            }
            """#
        let decoded = text.utf8.withContiguousStorageIfAvailable { NotebookText.decoded(UnsafeRawBufferPointer($0)) } ?? []
        let lines = String(decoding: decoded, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[2] == #"    key = "a\b" é"#)
        #expect(lines[3] == #"    "x = 1", "y = 2","#)  // two strings: structure, left as written
        #expect(lines[4] == #"    last\n line"#)
        #expect(text.utf8.withContiguousStorageIfAvailable { NotebookText.isNotebook(UnsafeRawBufferPointer($0)) } == true)
        #expect(Array(#"{"name": "app", "version": "1.0"}"#.utf8).withUnsafeBytes { NotebookText.isNotebook($0) } == false)
    }
}
