import Foundation

/// Decodes a JWT's header and claims (no signature check: there is no key offline) to show what it grants.
enum JSONWebToken {
    /// The role PostgREST gives a request that carries no user's token, and the role claim of the key Supabase hands
    /// to browsers (its `anon` key, "safe to expose with RLS enabled": supabase.com/docs/guides/database/secure-data):
    /// a token of this role grants what the database grants anyone, so it is made to be public.
    static let publicRoles: Set<String> = ["anon"]

    static func validate(_ token: String, now: Date = Date()) -> Validation {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 5,
              let header = decode(parts[0]), let claims = decode(parts[1]),
              let algorithm = header["alg"] as? String else { return Validation(.rejected) }
        var details = [("alg", algorithm)]
        if algorithm.lowercased() == "none" || parts[2].isEmpty { details.append(("signed", "false")) }
        for key in ["iss", "sub", "aud", "role"] {
            if let value = claims[key] as? String { details.append((key, value)) }
        }
        if let role = claims["role"] as? String, publicRoles.contains(role) { details.append(("public", "true")) }
        if let issuer = claims["iss"] as? String, isLocal(issuer) { details.append(("local_issuer", "true")) }
        if let expiry = (claims["exp"] as? NSNumber)?.doubleValue {
            let date = Date(timeIntervalSince1970: expiry)
            details.append(("exp", ISO8601DateFormatter().string(from: date)))
            details.append(("expired", date < now ? "true" : "false"))
        } else {
            details.append(("expired", "never (no exp claim)"))
        }
        return Validation(.valid, details)
    }

    /// An issuer on the developer's own machine (`https://localhost:44447`, `http://127.0.0.1:8080/auth`): the token
    /// opens only the development server that signed it with its throwaway key, as a sample request file keeps it
    /// (CleanArchitecture's `playground/*.http`).
    static func isLocal(_ issuer: String) -> Bool {
        guard let host = URLComponents(string: issuer)?.host?.lowercased() else { return false }
        return host == "localhost" || host.hasSuffix(".localhost") || host == "127.0.0.1" || host == "0.0.0.0" || host == "::1"
            || host == "[::1]"
    }

    /// A JWT's header and claims with the signature cut off (`eyJ….eyJ…` and no second dot): a copy that lost its last
    /// segment, which no server accepts, since the signature is what it checks (a token sent unsigned keeps its second
    /// dot before an empty signature, `alg: none`). Both parts must decode to JSON objects and the header name an `alg`.
    static func isCutBeforeSignature<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard value.count >= 20, value.starts(with: Array("eyJ".utf8)), value.lazy.filter({ $0 == UInt8(ascii: ".") }).count == 1 else {
            return false
        }
        let parts = String(decoding: value, as: UTF8.self).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].hasPrefix("eyJ"), let header = decode(parts[0]), header["alg"] is String,
              decode(parts[1]) != nil else { return false }
        return true
    }

    private static func decode(_ part: Substring) -> [String: Any]? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: text) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
