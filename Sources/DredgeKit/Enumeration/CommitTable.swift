import Foundation
import Git

/// The commits of an `AppearanceIndex`, column by column in a few flat arrays: a `Commit` per element held an array
/// of parents and two signatures each, ~220 bytes a commit on the heap (git/git: 203k commits) plus a dictionary
/// from id to position; here ~100 bytes, and large arrays that go back to the system whole when freed. Elements are
/// rebuilt as `Commit` values when read (without the summary line, which no report shows).
public struct CommitTable: RandomAccessCollection, Sendable {
    private var ids: [ObjectID] = []
    private var trees: [ObjectID] = []
    /// The parents of commit `i` are `parentIDs[parentEnds[i - 1]..<parentEnds[i]]` (from 0 for the first).
    private var parentEnds: [UInt32] = []
    private var parentIDs: [ObjectID] = []
    /// Indices into `people`, and the dates.
    private var authors: [UInt32] = []
    private var committers: [UInt32] = []
    private var authorDates: [Date] = []
    private var committerDates: [Date] = []
    /// Each distinct (name, email) once: a history has far fewer people than commits.
    private var people: [Person] = []
    private var personNumbers: [Person: UInt32] = [:]
    private var positions = ObjectPositions()

    private struct Person: Hashable, Sendable {
        let name: String
        let email: String
    }

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }

    public subscript(position: Int) -> Commit {
        let parents = Int(position == 0 ? 0 : parentEnds[position - 1])..<Int(parentEnds[position])
        return Commit(id: ids[position], tree: trees[position], parents: Array(parentIDs[parents]),
                      author: signature(authors[position], authorDates[position]),
                      committer: signature(committers[position], committerDates[position]), summary: "")
    }

    /// The position of the commit `id`, if it is in the table.
    func position(of id: ObjectID) -> Int? { positions.position(of: id, in: ids) }

    /// Adds a commit not yet in the table, at the end.
    mutating func append(_ commit: Commit) {
        ids.append(commit.id)
        trees.append(commit.tree)
        parentIDs += commit.parents
        precondition(parentIDs.count < Int(UInt32.max), "too many parents for the commit table")
        parentEnds.append(UInt32(parentIDs.count))
        authors.append(number(of: commit.author))
        committers.append(number(of: commit.committer))
        authorDates.append(commit.author.date)
        committerDates.append(commit.committer.date)
        positions.insert(ids.count - 1, in: ids)
    }

    private func signature(_ person: UInt32, _ date: Date) -> Signature {
        Signature(name: people[Int(person)].name, email: people[Int(person)].email, date: date)
    }

    private mutating func number(of signature: Signature) -> UInt32 {
        let person = Person(name: signature.name, email: signature.email)
        if let known = personNumbers[person] { return known }
        let number = UInt32(people.count)
        people.append(person)
        personNumbers[person] = number
        return number
    }
}
