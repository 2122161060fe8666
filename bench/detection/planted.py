#!/usr/bin/env python3
"""Build a planted corpus that dredge's rules did not generate: token formats as providers document them, written the
way code and configuration hold them, plus look-alikes that are not secrets. Used by differential.sh.

    planted.py REPO [--seed N] [--manifest PATH]

Unlike generate.py, nothing here is derived from patterns/rules: each case is a documented format (the provider's
page is named next to it) or a code shape (a Java field, a call argument, a #define, a committed dotfile), and each
value is drawn fresh from the seeded generator. The manifest (JSON, beside the repository, never inside it) lists
every case with its path, line and value, and whether it is a secret.
"""
import argparse
import json
import os
import random
import string
import subprocess
import uuid
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"


class Draw:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def of(self, alphabet, n):
        while True:
            value = "".join(self.rng.choice(alphabet) for _ in range(n))
            # a digit and a letter, no run that a placeholder check would take for a stand-in
            needs_digit = any(c.isdigit() for c in alphabet) and any(c.isalpha() for c in alphabet)
            if not needs_digit or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                return value

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def github(self, prefix):
        body = self.of(B62, 30)
        crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
        digits = ""
        while crc:
            crc, r = divmod(crc, 62)
            digits = B62[r] + digits
        return prefix + body + digits.rjust(6, "0")


def cases(d):
    """(name, path, text with {v}, value, secret?, reference)."""
    aws_id = "AKIA" + d.of(string.ascii_uppercase + "234567", 16)
    out = [
        # provider formats, from the providers' documentation
        ("github-classic-pat", "deploy/push.sh", 'export GH_TOKEN={v}\ngit push origin main\n', d.github("ghp_"), True,
         "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/"),
        ("github-fine-grained", "ci/env.yml", 'env:\n  TOKEN: "{v}"\n', "github_pat_" + d.of(B62, 22) + "_" + d.of(B62, 59), True,
         "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats"),
        ("gitlab-pat", "scripts/release.py", 'GITLAB = "{v}"\n', "glpat-" + d.of(URLSAFE, 20), True,
         "https://docs.gitlab.com/ee/security/tokens/#token-prefixes"),
        ("slack-bot", "bot/config.json", '{{"slack": {{"bot_token": "{v}"}}}}\n',
         "xoxb-" + d.of(string.digits, 12) + "-" + d.of(string.digits, 13) + "-" + d.of(B62, 24), True,
         "https://api.slack.com/concepts/token-types"),
        ("stripe-live-secret", "billing/Charge.java", 'class Charge {{\n  static final String KEY = "{v}";\n}}\n',
         "sk_live_" + d.of(B62, 99), True, "https://docs.stripe.com/keys"),
        ("stripe-restricted", "billing/charge.rb", "Stripe.api_key = '{v}'\n", "rk_live_" + d.of(B62, 99), True,
         "https://docs.stripe.com/keys#limit-access"),
        ("aws-key-pair", "infra/terraform.tfvars", 'access_key = "' + aws_id + '"\nsecret_key = "{v}"\n', d.of(B64, 40), True,
         "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"),
        ("google-api-key", "web/src/maps.ts", "const mapsKey = '{v}';\n", "AIza" + d.of(URLSAFE, 35), True,
         "https://cloud.google.com/docs/authentication/api-keys"),
        ("sendgrid", "mail/Settings.cs", 'public const string SendGridKey = "{v}";\n', "SG." + d.of(URLSAFE, 22) + "." + d.of(URLSAFE, 43), True,
         "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"),
        ("npm-token", ".npmrc", "//registry.npmjs.org/:_authToken={v}\n", d.github("npm_"), True,
         "https://docs.npmjs.com/about-access-tokens"),
        ("twilio-api-key-secret", "sms/send.go", 'var twilioKey = "SK' + d.of(HEX, 32) + '"\nvar twilioSecret = "{v}"\n', d.of(B62, 32), True,
         "https://www.twilio.com/docs/iam/api-keys"),
        ("mailgun-private", "mail/mailgun.php", "$mg = Mailgun::create('{v}');\n", "key-" + d.of(HEX, 32), True,
         "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"),
        ("shopify-admin", "shop/.env.production", "SHOPIFY_ADMIN_TOKEN={v}\n", "shpat_" + d.of(HEX, 32), True,
         "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"),
        ("digitalocean", "ops/do.tf", 'provider "digitalocean" {{\n  token = "{v}"\n}}\n', "dop_v1_" + d.of(HEX, 64), True,
         "https://docs.digitalocean.com/reference/api/create-personal-access-token/"),
        ("vault-service-token", "ops/vault.hcl", 'token = "{v}"\n', "hvs." + d.of(B62, 90), True,
         "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes"),
        ("huggingface", "ml/train.py", 'login(token="{v}")\n', "hf_" + d.of(string.ascii_letters, 34), True,
         "https://huggingface.co/docs/hub/security-tokens"),
        ("telegram-bot", "bot/bot.py", 'BOT = "{v}"\n', d.of(string.digits, 10) + ":AA" + d.of(URLSAFE, 33), True,
         "https://core.telegram.org/bots/api#authorizing-your-bot"),
        ("postman", "api/postman_env.json", '{{"key": "postman_api_key", "value": "{v}"}}\n', "PMAK-" + d.of(HEX, 24) + "-" + d.of(HEX, 34), True,
         "https://learning.postman.com/docs/developer/postman-api/authentication/"),
        ("databricks", "jobs/databricks.cfg", "[DEFAULT]\nhost = https://dbc-1a2b3c4d-5e6f.cloud.databricks.com\ntoken = {v}\n", "dapi" + d.of(HEX, 32), True,
         "https://docs.databricks.com/en/dev-tools/auth/pat.html"),
        ("azure-storage", "app/appsettings.json",
         '{{"Storage": "DefaultEndpointsProtocol=https;AccountName=shopdata;AccountKey={v};EndpointSuffix=core.windows.net"}}\n',
         d.of(B64, 86) + "==", True, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"),
        ("heroku-uuid-by-name", "deploy/app.json", '{{"heroku": "{v}"}}\n', d.uuid(), True,
         "https://devcenter.heroku.com/articles/authentication#api-token-storage"),
        # code shapes a generic detector must read
        ("java-field-hex", "src/main/java/shop/Auth.java", 'public class Auth {{\n    private static String CLIENT_SECRET = "{v}";\n}}\n', d.of(HEX, 40), True, "code"),
        ("js-var-hex", "web/fb.js", "var fbApiKey = '{v}';\n", d.of(HEX, 32), True, "code"),
        ("csharp-call-uuid", "svc/Startup.cs", 'var token = GetEnvOrDefault("api_token", "{v}");\n', d.uuid(), True, "code"),
        ("config-set", "svc/setup.py", 'config.set("stripe_key", "{v}")\n', d.of(B62, 32), True, "code"),
        ("unquoted-provider-key", "conf/app.ini", "[payments]\nprovider_key = {v}\n", d.of(B62, 32), True, "code"),
        ("unquoted-dash-key", "conf/app.toml", "acme-key = {v}\n", d.of(HEX, 32), True, "code"),
        ("c-define", "firmware/secrets.h", '#define CLOUD_API_KEY "{v}"\n', "cld_" + d.of(B62, 32), True, "code"),
        ("space-separated", "conf/webhooks.conf", "WEBHOOK SECRET {v}\n", d.of(B62, 36), True, "code"),
        ("django-settings", "site/settings.py", "DEBUG = False\nSECRET_KEY = '{v}'\n", d.of(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50), True,
         "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key"),
        ("kotlin-const", "app/src/Keys.kt", 'const val MAPS_API_TOKEN = "{v}"\n', d.of(B62, 40), True, "code"),
        ("swift-let", "Sources/App/Keys.swift", 'let analyticsSecret = "{v}"\n', d.of(B62, 40), True, "code"),
        ("yaml-nested", "k8s/values.yaml", "auth:\n  clientSecret: {v}\n", d.of(URLSAFE, 40), True, "code"),
        ("xml-element", "conf/app.config", "<appSettings>\n  <ApiToken>{v}</ApiToken>\n</appSettings>\n", d.of(B62, 32), True, "code"),
        ("properties", "src/main/resources/app.properties", "payment.gateway.secret={v}\n", d.of(B62, 32), True, "code"),
        ("dockerfile-env", "Dockerfile", "FROM alpine:3.20\nENV SERVICE_TOKEN={v}\n", d.of(B62, 40), True, "code"),
        ("plain-text", "notes/handoff.txt", "prod api key below, rotate after launch\n{v}\n", d.of(B62, 40), True, "code"),
        # whole files
        ("esmtprc", "home/ops/.esmtprc", 'hostname = mail.shop.test:587\nusername = "alerts"\npassword = "{v}"\n', d.of(B62 + "!#%", 14), True,
         "https://manpages.ubuntu.com/manpages/kinetic/en/man5/esmtprc.5.html"),
        ("pgpass", "home/ops/.pgpass", "db.shop.test:5432:orders:report:{v}\n", d.of(B62, 14), True,
         "https://www.postgresql.org/docs/current/libpq-pgpass.html"),
        ("git-credentials", "home/ops/.git-credentials", "https://ops:{v}@git.shop.test\n", d.of(B62, 20), True,
         "https://git-scm.com/docs/git-credential-store"),
        ("netrc", "home/ops/.netrc", "machine api.shop.test login ops password {v}\n", d.of(B62, 16), True,
         "https://everything.curl.dev/usingcurl/netrc"),
        ("dbeaver", "home/ops/.dbeaver/data-sources.xml", '<data-sources>\n<connection host="db" user="report" password="{v}"/>\n</data-sources>\n', d.of(B62, 12), True,
         "https://dbeaver.com/docs/dbvr/Pre-Configure-Credentials/"),
        ("filezilla", "home/ops/filezilla/sitemanager.xml", "<Servers><Server><Host>ftp.shop.test</Host><User>web</User><Pass>{v}</Pass></Server></Servers>\n", d.of(B62, 12), True,
         "https://wiki.filezilla-project.org/Site_Manager"),
        # look-alikes: not secrets
        ("neg-env-reference", "deploy/.env", "API_TOKEN=${{API_TOKEN}}\nCACHE_DIR={v}\n", "$HOME/.cache/shop", False, "reference"),
        ("neg-self-assign", "src/client.py", "class Client:\n    def __init__(self, password):\n        self.password = {v}\n", "password", False, "variable"),
        ("neg-js-shorthand", "web/login.js", "const body = {{\n  user,\n  password: {v},\n}};\n", "password", False, "variable"),
        ("neg-mkdir", "scripts/setup.sh", "mkdir -p {v}\n", "build", False, "flag"),
        ("neg-docker-port", "scripts/run.sh", "docker run -p {v} shop/sshd\n", "22:22", False, "flag"),
        ("neg-git-sha", "CHANGELOG.md", "Fixed in commit {v}.\n", d.of(HEX, 40), False, "commit id"),
        ("neg-lock-integrity", "web/package-lock.json", '"integrity": "sha512-{v}"\n', d.of(B64, 86) + "==", False, "digest"),
        ("neg-uuid-id", "conf/tenant.yml", "tenant_id: {v}\n", d.uuid(), False, "id"),
        ("neg-api-url", "conf/app.yml", "api_key_url: {v}\n", "https://keys.shop.test/v1/rotate", False, "url"),
        ("neg-placeholder", "README.md", "Set `password = {v}` in your config.\n", "my_password", False, "placeholder"),
        ("neg-arn", "iam/policy.tf", 'IAMUserChangePassword = "{v}"\n', "arn:aws:iam::aws:policy/IAMUserChangePassword", False, "arn"),
        ("neg-makefile-flag", "Makefile", "NO_ETC_PASSWD={v}\n", "YesPlease", False, "build flag"),
        ("neg-docs-example", "docs/aws.md", "aws_access_key_id = {v}\n", "AKIAIOSFODNN7EXAMPLE", False, "documented example"),
        ("neg-public-key", "keys/deploy.pub", "ssh-ed25519 {v} deploy@shop\n", "AAAAC3NzaC1lZDI1NTE5AAAAI" + d.of(B64, 43), False, "public key"),
        ("neg-go-sum", "go.sum", "github.com/shop/lib v1.2.3 h1:{v}=\n", d.of(B64, 43), False, "digest"),
        ("neg-test-vector", "Tests/CryptoTests/vectors.json", '{{"tests": [{{"key": "{v}", "msg": "00", "tag": "ab"}}]}}\n', d.of(HEX, 64), False, "test vector"),
        ("neg-css-hash", "web/dist/app.css", ".btn{{background:url(data:image/png;base64,{v})}}\n", d.of(B64, 60), False, "data uri"),
        ("neg-constant-name", "src/config.js", "const tokenKey = '{v}';\n", "SESSION_TOKEN_STORAGE_KEY", False, "constant name"),
    ]
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--manifest")
    args = parser.parse_args()
    d = Draw(args.seed)
    repo = os.path.abspath(args.repo)
    os.makedirs(repo, exist_ok=False)
    env = dict(os.environ, GIT_AUTHOR_NAME="Planter", GIT_AUTHOR_EMAIL="planter@shop.test", GIT_COMMITTER_NAME="Planter",
               GIT_COMMITTER_EMAIL="planter@shop.test", GIT_AUTHOR_DATE="2026-01-01T00:00:00Z", GIT_COMMITTER_DATE="2026-01-01T00:00:00Z")
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True)
    manifest = []
    for name, path, text, value, secret, reference in cases(d):
        full = os.path.join(repo, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        body = text.format(v=value)
        with open(full, "a", encoding="utf-8") as handle:
            handle.write(body)
        line = body.split("\n").index(next(l for l in body.split("\n") if value in l)) + 1
        manifest.append({"case": name, "path": path, "line": line, "value": value, "secret": secret, "reference": reference})
    subprocess.run(["git", "-C", repo, "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", repo, "commit", "-q", "-m", "planted corpus"], check=True, env=env)
    with open(args.manifest or repo.rstrip("/") + ".manifest.json", "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    os.chmod(args.manifest or repo.rstrip("/") + ".manifest.json", 0o600)


if __name__ == "__main__":
    main()
