@testable import DredgeKit
import Foundation
import Testing

/// blind20b: near misses (cut, lengthened, a prefix one letter off) of formats whose length the provider's own page or
/// code fixes are the provider rule's to judge, not secrets of unknown kind that the rules judging by name report; the
/// format itself is still reported by the provider's rule.
@Suite struct ProviderFormatRound20Tests {
    static let compiled = ProviderPrefixesTests.compiled

    private func found(_ text: String) -> [String] { Matcher(Self.compiled).secrets(in: text + "\n", at: nil) }

    /// A Fernet key is 32 bytes in base64url (the spec): 44 characters beside the name `fernet`. One short or two long
    /// is no key any Fernet library loads.
    @Test func fernetKeysAndTheirNearMisses() {
        let key = "R8QCfDrY13NZ42LqjQsWb83eAdu2hB6pKC3wMS-PzGU="
        #expect(found("[core]\nfernet_key = \(key)") == [key])
        #expect(found("cipher = Fernet(b\"\(key)\")") == [key])
        #expect(found("[core]\nfernet_key = \(key.dropLast())").isEmpty)
        #expect(found("[core]\nfernet_key = \(key.dropLast(3))").isEmpty)
        #expect(found("AIRFLOW__CORE__FERNET_KEY=\(key.dropLast())Qx7=").isEmpty)
    }

    /// Midtrans's sandbox prefix (`SB-Mid-server-`) is a keyword beside `Mid-server-`, so the rule owns both prefixes: a
    /// server key with its prefix one letter off, or a few characters long, is a near miss of Midtrans's format.
    @Test func midtransPrefixesAreOwned() {
        let owners = Dictionary(Self.compiled.providerPrefixes.all.map { ($0.prefix, $0.rule) }, uniquingKeysWith: { a, _ in a })
        #expect(owners["Mid-server-"] == "midtrans.server-key")
        #expect(owners["SB-Mid-server-"] == "midtrans.server-key")
        let body = "gaf2ja6cPc9x95jjmpbrmB_u"
        #expect(found("snap = midtransclient.Snap(is_production=True, server_key=\"Mid-server-\(body)\")") == ["Mid-server-\(body)"])
        #expect(found("snap = midtransclient.Snap(is_production=True, server_key=\"Mim-server-\(body)\")").isEmpty)
        #expect(found("snap = midtransclient.Snap(is_production=True, server_key=\"Mid-server-\(body)k3Q\")").isEmpty)
    }

    /// osu-web draws an OAuth client's secret as 40 letters and digits (`str_random(40)`): two more beside osu!'s name is
    /// a near miss, no other credential.
    @Test func osuSecretsOfAnotherLengthAreNearMisses() {
        let secret = "ckyScg2oWowudF2ROcv15MHQRB7mn8dXlrgNv8Us"
        #expect(found("osu_client_secret = \"\(secret)\"") == [secret])
        #expect(found("osu_client_secret = \"\(secret)Q7\"").isEmpty)
        #expect(Self.compiled.providerNames.owner(of: Array((secret + "Q7").utf8), named: Array("OSU_CLIENT_SECRET".utf8)) == "osu.client-secret")
    }

    /// Magento's encryption key is 32 characters (its `validateKey` refuses 31 or 33), or `base64` and 32 bytes since
    /// 2.4.7: two hex digits too many under 'crypt' is no key Magento loads.
    @Test func magentoKeysOfAnotherLengthAreNotKeys() {
        let php = { (key: String) in "<?php\nreturn [\n    'crypt' => [\n        'key' => '\(key)'\n    ],\n];" }
        #expect(found(php("a5437536417798e2fed9e1fc053235f6")) == ["a5437536417798e2fed9e1fc053235f6"])
        #expect(found(php("base64lDORPurUFdbcoXu+8iQ85sMgFYp0h7RFFzUP3n1l8qs=")) == ["base64lDORPurUFdbcoXu+8iQ85sMgFYp0h7RFFzUP3n1l8qs="])
        #expect(found(php("a5437536417798e2fed9e1fc053235f6c1")).isEmpty)
    }

    /// Phase's keywords end in the `:` after the token's kind, so the rule owns separated prefixes: a kind with a
    /// letter dropped (`pss_sevice:`) is a mistyped Phase token, not a secret the `.env` value rule reports.
    @Test func phaseKindsAreSeparatedPrefixes() {
        let owners = Dictionary(Self.compiled.providerPrefixes.all.map { ($0.prefix, $0.rule) }, uniquingKeysWith: { a, _ in a })
        #expect(owners["pss_service:"] == "phase.token")
        let parts = ["d7c7ef3354e917af20a37a2779dbede24432b760f117190e7666b46fb650a903", "e95ad4bbce78a8878c7acfef3130077cc75b35b8d656bdc83a15e9948af2bcb2",
                     "b9cd56f9e016f96dd73b9fe5d0dbec2533963061a1be6742813d1340d4ca067e", "24adfeae2584b37d80912fe99d74f5d1372aaa8863c31bc34f5a412e010b0185"]
        let body = parts.joined(separator: ":")
        #expect(found("PHASE_SERVICE_TOKEN = \"pss_service:v2:\(body)\"") == ["pss_service:v2:\(body)"])
        #expect(found("PHASE_SERVICE_TOKEN = \"pss_sevice:v2:\(body)\"").isEmpty)
    }

    /// Cachix prints a cache's signing key as base64 of the 64-byte Ed25519 secret key (88 characters): two more beside
    /// Cachix's name is no key the client wrote.
    @Test func cachixSigningKeysOfAnotherLengthAreNearMisses() {
        let key = "qUmYEgH6HW7iE+IFrymzPcYtjtjYw+U7Lk+bH7CIs9uxCXU1M0hSyFTt9BqphQDCCJ0PLW9RdBUCuGYnavIhjw=="
        #expect(found("CACHIX_SIGNING_KEY=\(key)") == [key])
        #expect(found("CACHIX_SIGNING_KEY=\(key.dropLast(2))Q7==").isEmpty)
        #expect(found("CACHIX_SIGNING_KEY=\(key.dropLast(5))==").isEmpty)
    }
}
