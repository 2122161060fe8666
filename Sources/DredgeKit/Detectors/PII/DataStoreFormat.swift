/// How a text blob could hold records, judged from its path and its first bytes. Only structured formats are
/// candidates: Markdown, plain prose, markup, configuration and source code never are, nor the files that list a
/// project's people by design (README, AUTHORS, CODEOWNERS, .mailmap, software bills of materials, …).
enum DataStoreFormat: Equatable {
    case json, ndjson, sql, vcard, icalendar, mbox, iso20022, hl7v2, gedcom, smsBackup, nacha
    case delimited(UInt8)

    var reportFormat: PersonalDataReport.Format {
        switch self {
        case .json: .json
        case .ndjson: .ndjson
        case .sql: .sql
        case .vcard: .vcard
        case .icalendar: .icalendar
        case .mbox: .mbox
        case .iso20022: .iso20022
        case .hl7v2: .hl7v2
        case .gedcom: .gedcom
        case .smsBackup: .smsBackup
        case .nacha: .nacha
        case .delimited(let delimiter): delimiter == UInt8(ascii: "\t") ? .tsv : .csv
        }
    }

    /// Extensions of documents, markup, configuration and source code.
    static let excludedExtensions: Set<String> = [
        "md", "markdown", "mdx", "rst", "adoc", "asciidoc", "org", "tex", "rtf", "html", "htm", "xhtml", "xml", "svg",
        "yml", "yaml", "toml", "ini", "cfg", "conf", "properties", "env", "lock", "log", "pem", "crt", "key",
        "swift", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm", "java", "kt", "kts", "scala", "groovy", "gradle",
        "go", "rs", "py", "pyi", "rb", "php", "pl", "pm", "js", "mjs", "cjs", "ts", "mts", "cts", "tsx", "jsx", "vue",
        "svelte", "cs", "fs", "vb", "sh", "bash", "zsh", "fish", "ps1", "psm1", "bat", "cmd", "lua", "r", "dart", "ex",
        "exs", "erl", "hrl", "hs", "clj", "cljs", "elm", "ml", "nim", "zig", "jl", "css", "scss", "sass", "less", "tf",
        "hcl", "nix", "proto", "graphql", "gql", "podspec", "gemspec", "cabal", "mk", "cmake", "dockerfile",
    ]
    /// File names (without extension, lowercased) of documents that name a project's people by design.
    static let excludedNames: Set<String> = [
        "readme", "authors", "contributors", "maintainers", "codeowners", "owners", "credits", "thanks", "notice",
        "license", "licence", "copying", "changelog", "changes", "history", "news", "security", "control", "makefile",
        "dockerfile", "gemfile", "podfile", "vagrantfile", "jenkinsfile", "procfile", "brewfile", ".mailmap",
    ]
    /// Software bills of materials: generated lists of components and their public authors.
    static let excludedSuffixes = [".cdx.json", ".cyclonedx.json", ".spdx.json", ".cdx.xml", "bom.json"]
    /// Package manifests: a few maintainers and contributors are expected, so only volume makes them a data store.
    static let manifestNames: Set<String> = [
        "package.json", "package-lock.json", "npm-shrinkwrap.json", "composer.json", "composer.lock", "bower.json",
        "manifest.json", "app.json", ".all-contributorsrc", "project.json", "deno.json", "jsr.json", "pubspec.json",
    ]

    static func isManifest(path: String) -> Bool { manifestNames.contains(fileName(path).lowercased()) }

    /// The formats to try, in order; the first whose reader accepts the bytes decides. Empty: not a data store.
    static func candidates(path: String, bytes: UnsafeRawBufferPointer) -> [DataStoreFormat] {
        let name = fileName(path).lowercased()
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let stem = dot.map { String(name[..<$0]) } ?? name
        let fileExtension = dot.map { String(name[name.index(after: $0)...]) } ?? ""
        // An ISO 20022 payment file (a SEPA payroll run, a direct-debit collection, a statement) is XML, which is
        // markup otherwise: its namespace decides.
        if fileExtension == "xml", RecordExtractor.isISO20022PaymentFile(bytes) { return [.iso20022] }
        // So is an Android SMS Backup & Restore file (`<smses>`, `<calls>`), its root element deciding.
        if fileExtension == "xml", RecordExtractor.isSMSBackup(bytes) { return [.smsBackup] }
        if excludedNames.contains(stem) || excludedNames.contains(name) || excludedExtensions.contains(fileExtension)
            || excludedSuffixes.contains(where: name.hasSuffix) {
            return []
        }
        switch fileExtension {
        case "json", "geojson", "har": return [.json, .ndjson]
        case "ndjson", "jsonl", "ldjson": return [.ndjson, .json]
        case "csv":
            let candidates = [",", ";", "\t", "|"].map { UInt8(ascii: Unicode.Scalar($0)!) }
            let delimiter = RecordExtractor.sniffDelimiter(bytes, candidates: candidates, minimumLines: 2)
            return [.delimited(delimiter ?? UInt8(ascii: ","))]
        case "tsv", "tab": return [.delimited(UInt8(ascii: "\t"))]
        case "sql", "psql", "mysql", "pgsql": return [.sql]
        case "vcf", "vcard": return [.vcard]
        case "ics", "ical", "icalendar": return [.icalendar]
        case "mbox", "mbx": return [.mbox]
        case "hl7", "hl7v2", "er7": return [.hl7v2]
        case "ged", "gedcom": return [.gedcom]
        case "ach", "nacha": return [.nacha]
        default: break
        }
        // Any other name: by content, strictly.
        var candidates: [DataStoreFormat] = []
        if let first = bytes.first(where: { $0 > 0x20 }), first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            candidates += [.json, .ndjson]
        }
        if beginsStatementLine(bytes, with: ["INSERT INTO", "REPLACE INTO", "CREATE TABLE", "COPY "]) {
            candidates.append(.sql)
        }
        let delimiters = ["\t", ",", ";", "|"].map { UInt8(ascii: Unicode.Scalar($0)!) }
        if let delimiter = RecordExtractor.sniffDelimiter(bytes, candidates: delimiters, minimumLines: 3) {
            candidates.append(.delimited(delimiter))
        }
        return candidates
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    /// True when a line in the first 64 KiB begins (after blanks) with one of `prefixes`, ignoring case.
    private static func beginsStatementLine(_ bytes: UnsafeRawBufferPointer, with prefixes: [String]) -> Bool {
        let probe = bytes.prefix(64 * 1024)
        let patterns = prefixes.map { Array($0.utf8) }
        var index = probe.startIndex
        var atLineStart = true
        while index < probe.endIndex {
            let byte = probe[index]
            if byte == UInt8(ascii: "\n") {
                atLineStart = true
            } else if atLineStart, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
                atLineStart = false
                for pattern in patterns where index + pattern.count <= probe.endIndex {
                    if pattern.indices.allSatisfy({ probe[index + $0] & 0xDF == pattern[$0] & 0xDF }) { return true }
                }
            }
            index += 1
        }
        return false
    }
}
