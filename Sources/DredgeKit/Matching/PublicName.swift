/// A setting's name that says its value ships to browsers and apps by design, so the rules that judge a value by its
/// name leave it, as the `.env` parser does.
///
/// Two kinds of names say so. A part anywhere in the name: `IMAGEKIT_PUBLIC_KEY`, `NEXT_PUBLIC_MAPS_KEY`,
/// `STRIPE_PUBLISHABLE_KEY`, and Application Insights' `INSTRUMENTATIONKEY`, an identifier Microsoft says is "not
/// considered secret" (https://learn.microsoft.com/azure/azure-monitor/app/connection-strings).
/// Or the name's last words, the ones client SDKs give the key they are initialised with in front-end code:
/// - a client token: Datadog's browser RUM (`clientToken`, "browser-visible identifiers, not Datadog API keys").
/// - a client key: Adyen's ("not used when making requests to our APIs",
///   https://docs.adyen.com/development-resources/client-side-authentication), GrowthBook's SDK key.
/// - a site key: a CAPTCHA widget's, which every page that shows it holds.
/// - a search key: Algolia's search-only key, made for front ends.
/// The secret halves of these providers go by other names (`DD_API_KEY`, `ADYEN_API_KEY`, `RECAPTCHA_SECRET_KEY`,
/// `ALGOLIA_ADMIN_KEY`) and stay reported. A value a provider rule knows by its own shape is that rule's, whatever
/// its name: a Vault `client_token` is reported by its `hvs.` prefix.
enum PublicName {
    static let anywhere = ["PUBLIC", "PUBLISHABLE", "INSTRUMENTATION"]
    /// The last words, upper case and run together (`clientToken`, `CLIENT_TOKEN` and `client-token` alike).
    /// Not a write key: Segment's is public ("why AJS Write Key is public", segmentio/segment-docs#1035), but a headless
    /// CMS's or a translation platform's writes content (Cosmic's, Localazy's `writeKey`).
    static let clientSideEndings = ["CLIENTTOKEN", "CLIENTKEY", "SITEKEY", "SEARCHKEY", "SEARCHAPIKEY", "SEARCHONLYKEY",
                                    "SEARCHONLYAPIKEY"]

    /// python-social-auth's `SOCIAL_AUTH_<BACKEND>_KEY`, the OAuth client id; the client secret is its `_SECRET`
    /// (https://python-social-auth.readthedocs.io/en/latest/backends/github.html), blind30b.
    private static func isSocialAuthClientID(_ upper: String) -> Bool {
        upper.hasPrefix("SOCIAL_AUTH_") && upper.hasSuffix("_KEY") && upper.utf8.count > "SOCIAL_AUTH__KEY".utf8.count
    }

    /// An `apiKey` among a search widget's settings: DocSearch's element or call (`<DocSearch apiKey=…`,
    /// `docsearch({ apiKey: … })`) or a block named `algolia:` or `docsearch:` (Docusaurus' `themeConfig.algolia`), with
    /// the index it searches named beside it. That key is Algolia's search-only key, which DocSearch puts in every page
    /// it serves. An indexing script's admin key sits under other settings (gatsby-plugin-algolia's `options: {`,
    /// `ALGOLIA_ADMIN_KEY`) and stays reported.
    static func isSearchWidgetKey(_ name: String, at start: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard name.lowercased().filter({ $0 != "_" }) == "apikey" else { return false }
        let reach = 300
        func lowered(_ range: Range<Int>) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
        }
        let before = lowered(max(0, start - reach)..<min(start, bytes.count))
        let around = before + lowered(min(start, bytes.count)..<min(start + reach, bytes.count))
        return ["indexname", "index_name"].contains(where: around.contains)
            && ["<docsearch", "docsearch(", "docsearch:", "algolia:"].contains(where: before.contains)
    }

    static func says(_ name: String) -> Bool {
        let upper = name.uppercased()
        if anywhere.contains(where: upper.contains) || isSocialAuthClientID(upper) { return true }
        let runTogether = String(decoding: upper.utf8.filter { !PlaceholderFilter.wordSeparators.contains($0) }, as: UTF8.self)
        return clientSideEndings.contains(where: runTogether.hasSuffix)
    }
}
