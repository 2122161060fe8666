/// A setting's name for a truststore's password (`javax.net.ssl.trustStorePassword`, `server.ssl.trust-store-password`,
/// `TRUSTSTORE_PASSWORD`): the store holds certificates of public authorities anyone may download, and its password
/// (the JDK's documented `changeit` for cacerts) only guards them against change. No secret is behind it, weak or not;
/// a keystore's password, which guards a private key, stays a credential.
enum TrustStoreName {
    static func names(_ name: some StringProtocol) -> Bool {
        let words = DescribingName.words(name)
        let joined = words.indices.contains { words[$0] == "TRUSTSTORE" || (words[$0] == "TRUST" && words.dropFirst($0 + 1).first == "STORE") }
        return joined || words.contains { $0.hasPrefix("TRUSTSTORE") }
    }
}
