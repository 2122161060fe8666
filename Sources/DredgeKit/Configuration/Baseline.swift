import Foundation

/// `--baseline`: the finding ids of a previous JSON report (docs/json-schema.md). Findings it holds are dropped, so
/// only those added since count; ids depend on rule and secret only, so moved secrets stay known.
public struct Baseline: Sendable {
    private var ids: Set<String> = []

    public init() {}

    /// Reads a `dredge scan --format json` report; anything else is an error naming the file.
    public init(contentsOf url: URL) throws {
        struct Report: Decodable {
            struct Finding: Decodable { let id: String }
            let schema_version: Int
            let findings: [Finding]
        }
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: try Data(contentsOf: url))
        } catch let error as DecodingError {
            throw DredgeError.invalidConfiguration(file: url.path, line: nil, message: "not a dredge JSON report (\(Self.describe(error)))")
        } catch {
            throw DredgeError.unreadablePath(path: url.path, reason: ErrorCause.of(error))
        }
        guard report.schema_version == JSONReporter.schemaVersion else {
            throw DredgeError.invalidConfiguration(
                file: url.path, line: nil,
                message: "schema_version \(report.schema_version) is not \(JSONReporter.schemaVersion); rescan with this dredge to make a baseline")
        }
        for (index, finding) in report.findings.enumerated() {
            guard finding.id.count == 64, finding.id.allSatisfy({ "0123456789abcdef".contains($0) }) else {
                throw DredgeError.invalidConfiguration(file: url.path, line: nil, message: "findings[\(index)].id is not a finding id")
            }
            ids.insert(finding.id)
        }
    }

    public var isEmpty: Bool { ids.isEmpty }

    public func contains(_ id: FindingID) -> Bool { ids.contains(id.hex) }

    /// Where in the document decoding failed, and what was wrong there.
    private static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) = switch error {
        case let .typeMismatch(type, context): (context, "expected \(type)")
        case let .valueNotFound(type, context): (context, "expected \(type)")
        case let .keyNotFound(key, context): (context, "missing `\(key.stringValue)`")
        case let .dataCorrupted(context): (context, context.debugDescription)
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "\(error)")
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? what : "\(path.drop { $0 == "." }): \(what)"
    }
}
