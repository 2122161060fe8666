import Foundation

/// `--baseline`: the finding ids of a previous JSON or JSON Lines report (docs/json-schema.md). Findings it holds are dropped, so
/// only those added since count; ids depend on rule and secret only, so moved secrets stay known.
public struct Baseline: Sendable {
    private var ids: Set<String> = []

    public init() {}

    /// Reads a `dredge scan --format json` or `--format jsonl` report; anything else is an error naming the file.
    public init(contentsOf url: URL) throws {
        struct Finding: Decodable { let id: String }
        struct Report: Decodable {
            let schema_version: Int
            let findings: [Finding]
        }
        /// A line of a JSON Lines report: a finding, or the summary that closes it.
        struct Line: Decodable {
            let type: String
            let id: String?
            let schema_version: Int?
        }
        let report: Report
        do {
            let data = try Data(contentsOf: url)
            let whole = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            if data.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"), whole == nil || whole?["type"] != nil {
                // More than one JSON value, or one tagged with `type` (a clean scan's summary line): JSON Lines, one
                // finding per line and the summary last.
                let lines = try data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy(\.isASCIIWhitespace) }.map {
                    try JSONDecoder().decode(Line.self, from: Data($0))
                }
                guard let summary = lines.last(where: { $0.type == "summary" }), let version = summary.schema_version else {
                    throw DredgeError.invalidConfiguration(file: url.path, line: nil, message: "a JSON Lines report without its summary line (`\"type\":\"summary\"`)")
                }
                report = Report(schema_version: version, findings: lines.filter { $0.type == "finding" }.map { Finding(id: $0.id ?? "") })
            } else {
                report = try JSONDecoder().decode(Report.self, from: data)
            }
        } catch let error as DredgeError {
            throw error
        } catch let error as DecodingError {
            throw DredgeError.invalidConfiguration(file: url.path, line: nil, message: "not a dredge JSON report (\(Self.describe(error)))")
        } catch {
            throw DredgeError.unreadablePath(path: url.path, reason: ErrorCause.of(error))
        }
        guard JSONReporter.readableVersions.contains(report.schema_version) else {
            throw DredgeError.invalidConfiguration(
                file: url.path, line: nil,
                message: "schema_version \(report.schema_version) is not one of \(JSONReporter.readableVersions.map(String.init).joined(separator: ", ")); rescan with this dredge to make a baseline")
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

private extension UInt8 {
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
