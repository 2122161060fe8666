/// What a token's documented prefix says about it: environment (live or test) and who it acts as.
enum TokenType {
    /// Longest prefixes first, so `sk-ant-admin01-` wins over `sk-`.
    static let prefixes: [(prefix: String, details: [(String, String)])] = [
        ("sk_live_", [("environment", "live"), ("token_type", "secret key")]),
        ("sk_test_", [("environment", "test"), ("token_type", "secret key")]),
        ("rk_live_", [("environment", "live"), ("token_type", "restricted key")]),
        ("rk_test_", [("environment", "test"), ("token_type", "restricted key")]),
        ("pk_live_", [("environment", "live"), ("token_type", "publishable key")]),
        ("pk_test_", [("environment", "test"), ("token_type", "publishable key")]),
        ("whsec_", [("token_type", "webhook signing secret")]),
        ("sk-ant-admin01-", [("token_type", "admin key")]),
        ("sk-ant-api03-", [("token_type", "API key")]),
        ("sk-proj-", [("token_type", "project key")]),
        ("sk-svcacct-", [("token_type", "service account key")]),
        ("sk-admin-", [("token_type", "admin key")]),
        ("xoxb-", [("token_type", "bot token")]),
        ("xoxp-", [("token_type", "user token")]),
        ("xoxa-", [("token_type", "workspace app token")]),
        ("xoxr-", [("token_type", "refresh token")]),
        ("xoxe.xoxp-", [("token_type", "rotating user token")]),
        ("xoxe-", [("token_type", "rotating refresh token")]),
        ("xapp-", [("token_type", "app-level token")]),
        ("ghp_", [("token_type", "personal access token (classic)")]),
        ("github_pat_", [("token_type", "fine-grained personal access token")]),
        ("gho_", [("token_type", "OAuth access token")]),
        ("ghu_", [("token_type", "GitHub App user-to-server token")]),
        ("ghs_", [("token_type", "GitHub App installation token")]),
        ("ghr_", [("token_type", "GitHub App refresh token")]),
    ].sorted { $0.prefix.count > $1.prefix.count }

    static func validate(_ token: String) -> Validation {
        guard let match = prefixes.first(where: { token.hasPrefix($0.prefix) }) else { return .unchecked }
        return Validation(.unchecked, match.details)
    }
}
