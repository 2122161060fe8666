@testable import DredgeKit
import Foundation
import TestSupport
import Testing

@Suite struct ChecklistTests {
    @Test func everyBuiltinPlaybookLoadsAndEveryRuleHasOne() throws {
        let playbooks = try PlaybookLoader.builtin()
        #expect(playbooks.keys.filter { !$0.hasPrefix("generic-") }.count >= 40)
        for kind in Rule.Kind.allCases { #expect(playbooks[Playbook.genericID(for: kind)] != nil, "\(kind)") }
        let rules = try Scanner.loadRules(extra: [])
        let named = Set(rules.compactMap(\.playbook)).filter { playbooks[$0] != nil }
        #expect(named.count >= 100)  // most rules have a provider playbook; the rest fall back to their kind's
    }

    @Test(arguments: [
        ("id: bad\nname: x\nowner: ['a']\nreplace: ['a']\ndeploy: ['a']\nrevoke: ['a']\naudit: ['a']\nreferences: ['https://x']\ncolour: red\n",
         ":9: unknown key `colour`"),
        ("id: bad\nname: x\nowner: ['a']\nreplace: ['Use {secrte}']\ndeploy: ['a']\nrevoke: ['a']\naudit: ['a']\nreferences: ['https://x']\n",
         ":4: unknown placeholder {secrte}"),
        ("id: bad\nname: x\nowner: []\nreplace: ['a']\ndeploy: ['a']\nrevoke: ['a']\naudit: ['a']\nreferences: ['https://x']\n",
         ":3: `owner` must be a non-empty list of strings"),
        ("id: other\nname: x\nowner: ['a']\nreplace: ['a']\ndeploy: ['a']\nrevoke: ['a']\naudit: ['a']\nreferences: ['https://x']\n",
         ":1: the id `other` must be the file's name"),
    ])
    func malformedPlaybookNamesFileAndLine(text: String, message: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-\(UUID().uuidString)/bad.yml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: DredgeError.self) { try PlaybookLoader.load(file: file) }
        #expect(error.map { "\($0)" }?.contains("bad.yml\(message)") == true, "\(String(describing: error))")
    }

    /// An identifier rule (a key id) is there to name its secret in the steps: its playbook says `{key_id}`, and a
    /// secret rule of the same playbook exists for it to pair with.
    @Test func everyIdentifierRuleHasAPlaybookThatNamesTheKeyID() throws {
        let playbooks = try PlaybookLoader.builtin()
        let rules = try Scanner.loadRules(extra: [])
        let identifiers = rules.filter(\.identifier)
        #expect(Set(identifiers.map(\.id)).isSuperset(of: ["aws.access-key-id", "alibaba.access-key-id", "tencent.secret-id"]))
        for rule in identifiers {
            let playbook = try #require(rule.playbook.flatMap { playbooks[$0] }, "\(rule.id)")
            let items = playbook.owner + playbook.replace + playbook.deploy + playbook.revoke + playbook.audit
            #expect(items.contains { $0.contains("{key_id}") }, "\(playbook.id) never says {key_id}")
            #expect(rules.contains { $0.playbook == rule.playbook && !$0.identifier && $0.kind == .credential }, "\(rule.id)")
        }
    }

    /// The inventory's JSON writes every field, null when absent, as the scan's JSON does: an entry, its triage and
    /// its occurrences each have as many keys as their type has stored properties (a field added to the type and
    /// left out of its hand-written encoding fails here).
    @Test func inventoryJSONWritesEveryFieldWithNulls() throws {
        let fixture = try GitFixture()
        try fixture.write("keys.py", "AWS = '\(SyntheticSecrets.awsKeyID)'\n")
        try fixture.commit("key")
        let inventory = try Inventory(path: fixture.root.appendingPathComponent(".git/dredge/inventory.sqlite").path)
        try inventory.record(try fixture.scanWithBuiltinRules())
        let id = try #require(try inventory.entries().first?.id)
        _ = try inventory.triage(id, status: .accepted, note: nil, userName: nil, userEmail: nil)
        let entries = try inventory.entries()
        let json = try InventoryReporter(format: .json).render(entries, inventoryPath: inventory.path)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entry = try #require((document["findings"] as? [[String: Any]])?.first)
        let typed = InventoryDocument.Entry(entries[0], now: Date())
        #expect(entry.count == Mirror(reflecting: typed).children.count, "\(entry.keys.sorted())")
        #expect(entry["removed_in"] is NSNull && entry["gone_at"] is NSNull)
        let triage = try #require(entry["triage"] as? [String: Any])
        let typedTriage = try #require(typed.triage)
        #expect(triage["note"] is NSNull && triage.count == Mirror(reflecting: typedTriage).children.count)
        let occurrence = try #require((entry["occurrences"] as? [[String: Any]])?.first)
        #expect(occurrence["key"] is NSNull && occurrence["message"] is NSNull)
        #expect(occurrence.count == Mirror(reflecting: typed.occurrences[0]).children.count, "\(occurrence.keys.sorted())")
    }

    /// Weak defaults and personal data get their own checklists, not a token's.
    @Test func weakDefaultsAndPersonalDataGetTheirOwnSteps() throws {
        let fixture = try GitFixture()
        try fixture.write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: changeme\n")
        let people = (0..<30).map { index in
            #"{"id": \#(index), "email": "customer\#(index)@mail\#(index % 4).com", "phone": "+1 415-638-\#(String(format: "%04d", 200 + index))"}"#
        }
        try fixture.write("data/customers.json", "[" + people.joined(separator: ",\n") + "]\n")
        try fixture.commit("seed data")
        let report = try fixture.scanWithBuiltinRules()
        let inventory = try Inventory(path: fixture.root.appendingPathComponent(".git/dredge/inventory.sqlite").path)
        try inventory.record(report)
        let checklist = try Checklist(entries: try inventory.entries(), playbooks: try PlaybookLoader.builtin(), showSecrets: false)

        let weak = try #require(checklist.sections.first { $0.entry.kind == .weakCredential })
        #expect(weak.playbook.id == "weak-credential")
        let weakItems = weak.phases.flatMap(\.items).joined(separator: "\n")
        #expect(weakItems.contains("every deployed instance"))
        #expect(weakItems.contains("docker-compose.yml"))

        let personal = try #require(checklist.sections.first { $0.entry.kind == .pii })
        #expect(personal.playbook.id == "pii-data-store")
        #expect(personal.facts.contains { $0.key == "emails" && $0.value == "30" })
        let personalItems = personal.phases.flatMap(\.items).joined(separator: "\n")
        #expect(personalItems.contains("how many people, and since when they were exposed"))
        #expect(personalItems.contains("data/customers.json"))
        #expect(!personalItems.contains("{"))
    }
}
