@testable import DredgeKit
import Testing
import TestSupport

/// A template's request for a value, left as the value of a secret the application issues itself, is a weak default
/// where the file runs (a settings module, a compose file, a `.env`) and the template's own text in an example, a
/// document or a test. A key another party issues is never one.
@Suite struct TemplateAskTests {
    @Test(arguments: ["change-me-before-deploying", "change_me_in_production", "please-change-this-secret", "your-secret-key-here",
                      "put_your_password_here", "replace-with-a-long-random-string", "fixme-postgres-password",
                      "REPLACE_WITH_RANDOM_STRING", "Generate a secret"])
    func wordsThatAskForAValue(value: String) {
        #expect(TemplateAsk.asks(Array(value.utf8)), "\(value)")
    }

    /// A chosen password has a digit or a symbol, or is not addressed to the reader.
    @Test(arguments: ["correct-horse-battery-staple", "Tr0ub4dor&3", "your-Pa55word-here", "blue-river-here-7", "kqvzmrtwhxbn",
                      "hunter2", "here", "your", "your_password"])
    func wordsThatDoNot(value: String) {
        #expect(!TemplateAsk.asks(Array(value.utf8)), "\(value)")
    }

    @Test func secretsTheApplicationIssuesItself() {
        for name in ["SECRET_KEY", "POSTGRES_PASSWORD", "dbPassword", "JWT_SECRET", "SESSION_SECRET", "APP_KEY", "ENCRYPTION_KEY",
                     "secret_key_base", "admin.passphrase", "COOKIE_SIGNING_KEY"] {
            #expect(TemplateAsk.namesOwnSecret(name), "\(name)")
        }
        for name in ["STRIPE_API_KEY", "CLIENT_SECRET", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SMTP_PASSWORD", "WEBHOOK_SECRET",
                     "OAUTH_CONSUMER_SECRET", "mail.password", "ENDPOINT"] {
            #expect(!TemplateAsk.namesOwnSecret(name), "\(name)")
        }
    }

    /// A template file by its name; a backup is a copy of the file that ran.
    @Test func templateFilesByTheirNames() {
        for path in ["config/app.ini.template", ".env.dist", "settings.py.in", "deploy/templates/values.yaml", "nginx.conf.tmpl"] {
            #expect(TemplateAsk.isTemplateFile(path), "\(path)")
        }
        for path in ["config/settings.py.orig", "docker-compose.yml", ".env.prod", "app/settings.py"] {
            #expect(!TemplateAsk.isTemplateFile(path), "\(path)")
        }
    }

    /// The same asks in the files that run and in the templates beside them, scanned as `dredge scan` does.
    @Test func reportedWhereTheFileRunsNotInItsTemplates() throws {
        let fixture = try GitFixture()
        try fixture.write("app/settings.py", "DEBUG = False\nSECRET_KEY = \"change-me-before-deploying\"\n")
        try fixture.write("docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: your-db-password-here\n")
        try fixture.write(".env", "JWT_SECRET=replace-with-a-long-random-string\nSTRIPE_API_KEY=your-stripe-key-here\n")
        // the templates: an example `.env`, a document, a test's settings and a template file, each with its own ask
        try fixture.write(".env.example", "SESSION_SECRET=change_me_in_production\nDB_PASSWORD=put_your_password_here\n")
        try fixture.write("docs/deploy.md", "Set `JWT_SECRET = \"generate-a-random-key\"` before the first run.\n")
        try fixture.write("tests/settings.py", "SECRET_KEY = \"please-change-this-secret\"\n")
        try fixture.write("config/app.ini.template", "admin_password = fixme-admin-password\n")
        try fixture.commit("Add settings and their templates")

        let findings = try fixture.scanWithBuiltinRules().findings
        let reported = Set(findings.map { $0.secret.reveal() })
        #expect(reported == ["change-me-before-deploying", "your-db-password-here", "replace-with-a-long-random-string"],
                "\(findings.map { ($0.rule.id, $0.secret.reveal()) })")
        for finding in findings {
            #expect(finding.rule.kind == .weakCredential && finding.confidence == .high, "\(finding.rule.id)")
            #expect(finding.validation[TemplateAsk.detail] == "true")
        }
    }
}
