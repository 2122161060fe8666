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
import base64
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
        # committed tool configs and shell history, shapes a blind probe found missing (the tool's own manual cited)
        ("ftpconfig-pass", ".ftpconfig", '{{\n  "protocol": "sftp",\n  "host": "files.shop.test",\n  "user": "deploy",\n  "pass": "{v}"\n}}\n',
         d.of(B62, 10) + "&3", True, "https://github.com/icetee/remote-ftp#configuration"),
        ("php-mysqli-password", "web/db.php", '<?php\n$db = new mysqli("localhost", "shop", "{v}", "shop");\n', d.of(B62, 8) + "!9", True,
         "https://www.php.net/manual/en/mysqli.construct.php"),
        ("php-dbpass", "web/config.php", '<?php\n$dbpass = "{v}";\n', d.of(B62, 9) + "#", True, "https://www.php.net/manual/en/mysqli.construct.php"),
        ("jenkins-encrypted", "jenkins/credentials.xml", "<username>ci</username>\n<password>{{{v}}}</password>\n", "AQAAABAAAAAQ" + d.of(B64, 44) + "=", True,
         "https://javadoc.jenkins.io/hudson/util/Secret.html"),
        ("ini-password-hash-sign", "server/ventrilo_srv.ini", "[Server]\nAdminPassword={v}\n", d.of(B62, 4) + "#" + d.of(B62, 6), True,
         "https://cwe.mitre.org/data/definitions/798.html"),
        ("mysql-glued-p", "home/ops/.bash_history", "ls -la\nmysql -u root -p{v} shop\n", d.of(B62, 9) + "!", True,
         "https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_password"),
        ("omniauth-secret", "config/initializers/omniauth.rb", "Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :github, 'Iv1." + d.of(HEX, 16) + "', '{v}'\nend\n",
         d.of(HEX, 40), True, "https://github.com/omniauth/omniauth#getting-started"),
        ("muttrc-imap-pass", "home/ops/.muttrc", 'set imap_user = "ops@shop.test"\nset imap_pass = "{v}"\n', d.of(B62, 9) + "!", True,
         "http://www.mutt.org/doc/manual/#imap-pass"),
        ("keepass-vault", "ops/team.kdbx", "{v}\n", "KDBX-" + d.of(B62, 40), True, "https://keepass.info/help/base/security.html"),
        ("dotnet-appsettings", "web/Web.config", '<appSettings>\n  <add key="PaymentsApiKey" value="{v}" />\n</appSettings>\n', d.of(B62, 28), True,
         "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/add-element-for-appsettings"),
        ("k8s-env-value", "deploy/api.yaml", "env:\n  - name: PAYMENTS_API_TOKEN\n    value: \"{v}\"\n", d.of(B62, 32), True,
         "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/"),
        ("rust-typed-const", "src/config.rs", 'pub const API_KEY: &str = "{v}";\n', d.of(B62, 32), True,
         "https://doc.rust-lang.org/reference/items/constant-items.html"),
        ("objc-string-constant", "App/Secrets.m", 'NSString *const kAPISecret = @"{v}";\n', d.of(B62, 32), True,
         "https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/ProgrammingWithObjectiveC/FoundationTypesandCollections/FoundationTypesandCollections.html"),
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
    out += [(n, path, text, v, True, ref) for n, path, text, v, ref in provider_cases(d)]
    out += [(n, path, text, v, False, why) for n, path, text, v, why in near_miss_cases(d)]
    return out


def provider_cases(d):
    """Documented token formats, one or two per provider, in the places code and configuration keep them."""
    U = string.ascii_uppercase + string.digits
    L = string.ascii_lowercase + string.digits
    A = string.ascii_letters
    B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    HEXU = "0123456789ABCDEF"
    ms_secret = d.of(A + string.digits, 3) + "8Q~" + d.of(URLSAFE + "~.", 34)
    return [
        # AI and ML
        ("openai-project-key", "ml/.env", "OPENAI_API_KEY={v}\n", "sk-proj-" + d.of(URLSAFE, 74) + "T3BlbkFJ" + d.of(URLSAFE, 74),
         "https://platform.openai.com/docs/api-reference/authentication"),
        ("anthropic-api-key", "agent/client.py", 'client = anthropic.Anthropic(api_key="{v}")\n', "sk-ant-api03-" + d.of(URLSAFE, 93) + "AA",
         "https://docs.anthropic.com/en/api/getting-started"),
        ("anthropic-admin-key", "ops/anthropic.yml", "anthropic:\n  admin_key: {v}\n", "sk-ant-admin01-" + d.of(URLSAFE, 93) + "AA",
         "https://docs.anthropic.com/en/api/administration-api"),
        ("groq", "bot/llm.ts", "const groq = new Groq({{ apiKey: '{v}' }});\n", "gsk_" + d.of(B62, 52), "https://console.groq.com/docs/quickstart"),
        ("replicate", "ml/replicate.sh", "export REPLICATE_API_TOKEN={v}\n", "r8_" + d.of(B62, 37), "https://replicate.com/docs/reference/http#authentication"),
        ("perplexity", "ml/search.py", 'PPLX_KEY = "{v}"\n', "pplx-" + d.of(B62, 48), "https://docs.perplexity.ai/guides/getting-started"),
        ("xai", "ml/grok.go", 'const xaiKey = "{v}"\n', "xai-" + d.of(B62, 80), "https://docs.x.ai/docs/overview"),
        ("openrouter", "web/ai.js", "headers: {{ Authorization: 'Bearer {v}' }},\n", "sk-or-v1-" + d.of(HEX, 64), "https://openrouter.ai/docs/api-reference/authentication"),
        ("fireworks", "ml/.env.local", "FIREWORKS_API_KEY={v}\n", "fw_" + d.of(B62, 24), "https://docs.fireworks.ai/getting-started/quickstart"),
        ("tavily", "agent/tools.py", 'TavilyClient(api_key="{v}")\n', "tvly-" + d.of(B62, 32), "https://docs.tavily.com/documentation/quickstart"),
        ("langsmith", "agent/.env", "LANGSMITH_API_KEY={v}\n", "lsv2_pt_" + d.of(HEX, 32) + "_" + d.of(HEX, 10), "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key"),
        ("pinecone", "search/index.py", 'pc = Pinecone(api_key="{v}")\n', "pcsk_" + d.of(B62, 6) + "_" + d.of(B62, 63), "https://docs.pinecone.io/guides/projects/manage-api-keys"),
        ("cerebras", "ml/cerebras.env", "CEREBRAS_API_KEY={v}\n", "csk-" + d.of(L, 48), "https://inference-docs.cerebras.ai/quickstart"),
        ("elevenlabs", "voice/tts.py", 'ELEVEN_API_KEY = "{v}"\n', "sk_" + d.of(HEX, 48), "https://elevenlabs.io/docs/api-reference/authentication"),
        ("firecrawl", "crawl/app.ts", "const app = new FirecrawlApp({{ apiKey: \"{v}\" }});\n", "fc-" + d.of(HEX, 32), "https://docs.firecrawl.dev/introduction"),
        ("nvidia-nim", "ml/nim.yaml", "nvidia:\n  api_key: \"{v}\"\n", "nvapi-" + d.of(URLSAFE, 64), "https://docs.api.nvidia.com/nim/reference/authentication"),
        ("voyage", "search/embed.py", 'voyageai.Client(api_key="{v}")\n', "pa-" + d.of(URLSAFE, 43), "https://docs.voyageai.com/docs/api-key-and-installation"),
        ("e2b", "agent/sandbox.ts", "process.env.E2B_API_KEY ??= '{v}';\n", "e2b_" + d.of(HEX, 40), "https://e2b.dev/docs/api-key"),
        ("jina", "search/reader.sh", 'curl https://r.jina.ai/https://example.com -H "Authorization: Bearer {v}"\n', "jina_" + d.of(B62, 60), "https://jina.ai/reader/"),
        ("langfuse-secret", "agent/tracing.py", 'Langfuse(public_key="pk-lf-' + d.uuid() + '", secret_key="{v}")\n', "sk-lf-" + d.uuid(), "https://langfuse.com/docs/sdk/python/sdk-v3"),
        ("wandb", "ml/.netrc.wandb", "WANDB_API_KEY={v}\n", d.of(HEX, 40), "https://docs.wandb.ai/guides/track/environment-variables/"),
        ("cohere", "ml/rank.py", 'co = cohere.Client("{v}")\n', d.of(B62, 40), "https://docs.cohere.com/reference/about"),
        ("mistral", "ml/chat.py", 'MISTRAL_API_KEY = "{v}"\n', d.of(B62, 32), "https://docs.mistral.ai/getting-started/quickstart/"),
        ("deepseek", "ml/deepseek.json", '{{"deepseek": {{"api_key": "{v}"}}}}\n', "sk-" + d.of(HEX, 32), "https://api-docs.deepseek.com/"),
        ("assemblyai", "voice/transcribe.js", "const client = new AssemblyAI({{ apiKey: '{v}' }});\n", d.of(HEX, 32), "https://www.assemblyai.com/docs/getting-started/transcribe-an-audio-file"),
        ("deepgram", "voice/stt.py", 'DEEPGRAM_API_KEY = "{v}"\n', d.of(HEX, 40), "https://developers.deepgram.com/docs/authenticating"),
        ("huggingface-org", "ml/hub.yml", "hf:\n  token: {v}\n", "hf_" + d.of(A, 34), "https://huggingface.co/docs/hub/security-tokens"),
        ("together", "ml/together.py", 'Together(api_key="{v}")\n', d.of(HEX, 64), "https://docs.together.ai/reference/authentication-1"),
        # source control, CI and delivery
        ("github-oauth", "ci/gh.env", "GITHUB_OAUTH_TOKEN={v}\n", d.github("gho_"), "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/"),
        ("github-app-installation", "ci/app.py", 'headers = {{"Authorization": "token {v}"}}\n', d.github("ghs_"), "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation"),
        ("github-user-to-server", "ci/user.go", 'client := github.NewClient(nil).WithAuthToken("{v}")\n', d.github("ghu_"), "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats"),
        ("github-refresh", "ci/refresh.json", '{{"refresh_token": "{v}"}}\n', "ghr_" + d.of(B62, 76), "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens"),
        ("gitlab-runner", "ci/config.toml", '[[runners]]\n  url = "https://gitlab.com"\n  token = "{v}"\n', "glrt-" + d.of(URLSAFE, 20), "https://docs.gitlab.com/ee/security/tokens/#token-prefixes"),
        ("gitlab-deploy", "ci/deploy.sh", "docker login registry.gitlab.com -u deployer -p {v}\n", "gldt-" + d.of(URLSAFE, 20), "https://docs.gitlab.com/ee/user/project/deploy_tokens/"),
        ("gitlab-trigger", "ci/trigger.sh", 'curl -X POST -F token={v} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline\n', "glptt-" + d.of(HEX, 40), "https://docs.gitlab.com/ee/ci/triggers/"),
        ("gitlab-oauth-secret", "ci/oauth.rb", "config.gitlab_secret = '{v}'\n", "gloas-" + d.of(HEX, 64), "https://docs.gitlab.com/ee/security/tokens/#token-prefixes"),
        ("bitbucket-app-password", "ci/bitbucket.env", "BITBUCKET_APP_PASSWORD={v}\n", "ATBB" + d.of(B62, 28) + d.of(HEXU, 8), "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/"),
        ("atlassian-api-token", "tools/jira.py", 'JIRA = Jira(url="https://shop.atlassian.net", username="ops@shop.test", password="{v}")\n', "ATATT3xFfGF0" + d.of(URLSAFE, 170) + "=" + d.of(HEXU, 8), "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"),
        ("buildkite-agent-access", "ci/buildkite.yml", "env:\n  BUILDKITE_API_TOKEN: {v}\n", "bkua_" + d.of(HEX, 40), "https://buildkite.com/docs/apis/managing-api-tokens"),
        ("terraform-cloud", "ops/.terraformrc", 'credentials "app.terraform.io" {{\n  token = "{v}"\n}}\n', d.of(B62, 14) + ".atlasv1." + d.of(B62, 67), "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials"),
        ("doppler", "ops/doppler.sh", "doppler run --token {v} -- ./server\n", "dp.pt." + d.of(B62, 43), "https://docs.doppler.com/docs/service-tokens"),
        ("doppler-service", "ops/Dockerfile.doppler", "ENV DOPPLER_TOKEN={v}\n", "dp.st.prd." + d.of(B62, 40), "https://docs.doppler.com/docs/service-tokens"),
        ("pulumi", "ops/pulumi.sh", "export PULUMI_ACCESS_TOKEN={v}\n", "pul-" + d.of(HEX, 40), "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/"),
        ("sentry-user", "ops/sentry.ini", "[auth]\ntoken={v}\n", "sntryu_" + d.of(HEX, 64), "https://docs.sentry.io/account/auth-tokens/"),
        ("grafana-service-account", "ops/grafana.ts", "const grafanaToken = \"{v}\";\n", "glsa_" + d.of(B62, 32) + "_" + d.of(HEX, 8), "https://grafana.com/docs/grafana/latest/administration/service-accounts/"),
        ("netlify", "web/netlify.sh", "netlify deploy --prod --auth {v}\n", "nfp_" + d.of(B62, 36), "https://docs.netlify.com/api/get-started/#authentication"),
        ("render", "ops/render.env", "RENDER_API_KEY={v}\n", "rnd_" + d.of(B62, 32), "https://render.com/docs/api#1-create-an-api-key"),
        ("circleci", "ci/circle.sh", 'curl -H "Circle-Token: {v}" https://circleci.com/api/v2/me\n', "CCIPAT_" + d.of(B62, 22) + "_" + d.of(HEX, 40), "https://circleci.com/docs/managing-api-tokens/"),
        ("octopus", "ci/octo.ps1", '$apiKey = "{v}"\n', "API-" + d.of(string.ascii_uppercase + string.digits, 26), "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key"),
        ("sonarqube-user", "ci/sonar-project.properties", "sonar.token={v}\n", "squ_" + d.of(HEX, 40), "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"),
        ("sourcegraph", "tools/src.env", "SRC_ACCESS_TOKEN={v}\n", "sgp_" + d.of(HEX, 16) + "_" + d.of(HEX, 40), "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token"),
        ("prefect", "flows/deploy.py", 'PREFECT_API_KEY = "{v}"\n', "pnu_" + d.of(B62, 36), "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys"),
        ("harness", "ci/harness.tf", 'provider "harness" {{\n  platform_api_key = "{v}"\n}}\n', "pat." + d.of(URLSAFE, 22) + "." + d.of(HEX, 24) + "." + d.of(B62, 20), "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/"),
        ("fly", "ops/fly.sh", "flyctl deploy --access-token \"{v}\"\n", "FlyV1 fm2_" + d.of(B64, 120), "https://fly.io/docs/security/tokens/"),
        ("vercel", "web/vercel.json", '{{"vercel": {{"token": "{v}"}}}}\n', d.of(B62, 24), "https://vercel.com/docs/rest-api#authentication"),
        ("codecov", "ci/codecov.yml", "codecov:\n  token: {v}\n", d.uuid(), "https://docs.codecov.com/docs/adding-the-codecov-token"),
        ("snyk", "ci/snyk.env", "SNYK_TOKEN={v}\n", d.uuid(), "https://docs.snyk.io/snyk-cli/authenticate-to-use-the-cli"),
        # package registries
        ("pypi", "home/ops/.pypirc", "[pypi]\nusername = __token__\npassword = {v}\n", "pypi-AgEIcHlwaS5vcmc" + d.of(URLSAFE, 150), "https://pypi.org/help/#apitoken"),
        ("rubygems", "home/ops/.gem/credentials", "---\n:rubygems_api_key: {v}\n", "rubygems_" + d.of(HEX, 48), "https://guides.rubygems.org/api-key-scopes/"),
        ("nuget", "ci/nuget.sh", "dotnet nuget push pkg.nupkg --api-key {v} --source https://api.nuget.org/v3/index.json\n", "oy2" + d.of(string.ascii_lowercase + string.digits, 43), "https://learn.microsoft.com/en-us/nuget/nuget-org/publish-a-package#create-api-keys"),
        ("docker-hub-pat", "ci/docker.sh", 'echo "{v}" | docker login -u shopbot --password-stdin\n', "dckr_pat_" + d.of(URLSAFE, 27), "https://docs.docker.com/security/for-developers/access-tokens/"),
        ("crates-io", "home/ops/.cargo/credentials.toml", '[registry]\ntoken = "{v}"\n', "cio" + d.of(B62, 32), "https://doc.rust-lang.org/cargo/reference/config.html#credentials"),
        ("clojars", "ci/deploy.clj", 'CLOJARS_TOKEN = "{v}"\n', "CLOJARS_" + d.of(HEX, 60), "https://github.com/clojars/clojars-web/wiki/Deploy-Tokens"),
        ("artifactory-api-key", "ci/jfrog.sh", 'curl -H "X-JFrog-Art-Api: {v}" https://shop.jfrog.io/artifactory/api/repositories\n', "AKCp" + d.of(B62, 69), "https://jfrog.com/help/r/jfrog-rest-apis/artifactory-rest-apis"),
        ("npm-granular", "web/.npmrc", "//registry.npmjs.org/:_authToken={v}\n", d.github("npm_"), "https://docs.npmjs.com/about-access-tokens"),
        # cloud
        ("aws-credentials-file", "home/ops/.aws/credentials", "[default]\naws_access_key_id = AKIA" + d.of(B32U, 16) + "\naws_secret_access_key = {v}\n", d.of(B64, 40),
         "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"),
        ("aws-session-pair", "scripts/assume.sh", "export AWS_ACCESS_KEY_ID=ASIA" + d.of(B32U, 16) + "\nexport AWS_SECRET_ACCESS_KEY={v}\n", d.of(B64, 40),
         "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html"),
        ("aws-java", "src/main/java/shop/S3.java", 'BasicAWSCredentials creds = new BasicAWSCredentials("AKIA' + d.of(B32U, 16) + '", "{v}");\n', d.of(B64, 40),
         "https://docs.aws.amazon.com/sdk-for-java/v1/developer-guide/credentials.html"),
        ("gcp-oauth-client-secret", "web/google.json", '{{"web": {{"client_id": "1234-abc.apps.googleusercontent.com", "client_secret": "{v}"}}}}\n', "GOCSPX-" + d.of(URLSAFE, 28),
         "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred"),
        ("gcp-authorized-user", "home/ops/.config/gcloud/application_default_credentials.json", '{{"type": "authorized_user", "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com", "refresh_token": "{v}"}}\n',
         "1//0" + d.of(URLSAFE, 99), "https://cloud.google.com/docs/authentication/application-default-credentials"),
        ("google-api-key-yaml", "app/config.yml", "google:\n  maps_key: {v}\n", "AIza" + d.of(URLSAFE, 35), "https://cloud.google.com/docs/authentication/api-keys"),
        ("firebase-fcm-server", "push/Notify.java", 'private static final String FCM_KEY = "{v}";\n', "AAAA" + d.of(URLSAFE, 7) + ":APA91b" + d.of(URLSAFE, 134),
         "https://firebase.google.com/docs/cloud-messaging/auth-server"),
        ("azure-ad-client-secret", "app/appsettings.Production.json", '{{"AzureAd": {{"ClientSecret": "{v}"}}}}\n', ms_secret,
         "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials"),
        ("azure-devops-pat", "ci/azure.sh", "echo {v} | az devops login --organization https://dev.azure.com/shop\n", d.of(B62, 76) + "AZDO" + d.of(B62, 4),
         "https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token"),
        ("azure-cosmos", "app/cosmos.cs", 'var conn = "AccountEndpoint=https://shop.documents.azure.com:443/;AccountKey={v};";\n', d.of(B64, 86) + "==",
         "https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/how-to-dotnet-get-started"),
        ("azure-service-bus", "app/bus.json", '{{"ServiceBus": "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}"}}\n', d.of(B64, 43) + "=",
         "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas"),
        ("azure-sas-url", "scripts/upload.sh", 'azcopy copy ./dist "https://shop.blob.core.windows.net/web?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&sig={v}"\n',
         d.of(B62, 43) + "%3D", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview"),
        ("cloudflare-api-token", "ops/cf.sh", 'curl -H "Authorization: Bearer {v}" https://api.cloudflare.com/client/v4/user/tokens/verify\n', d.of(URLSAFE, 40),
         "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"),
        ("cloudflare-global-key", "ops/cf.env", "CLOUDFLARE_EMAIL=ops@shop.test\nCLOUDFLARE_API_KEY={v}\n", d.of(HEX, 37), "https://developers.cloudflare.com/fundamentals/api/get-started/keys/"),
        ("cloudflare-origin-ca", "ops/origin.tf", 'provider "cloudflare" {{\n  api_user_service_key = "{v}"\n}}\n', "v1.0-" + d.of(HEX, 24) + "-" + d.of(HEX, 146),
         "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/"),
        ("digitalocean-oauth", "ops/do.py", 'DO_TOKEN = "{v}"\n', "doo_v1_" + d.of(HEX, 64), "https://docs.digitalocean.com/reference/api/create-personal-access-token/"),
        ("linode", "ops/linode.tf", 'provider "linode" {{\n  token = "{v}"\n}}\n', d.of(HEX, 64), "https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens"),
        ("hetzner", "ops/hcloud.env", "HCLOUD_TOKEN={v}\n", d.of(B62, 64), "https://docs.hetzner.cloud/reference/cloud#authentication"),
        ("vultr", "ops/vultr.sh", "export VULTR_API_KEY={v}\n", d.of(string.ascii_uppercase + string.digits, 36), "https://www.vultr.com/api/#section/Authentication"),
        ("scaleway", "ops/scw.yaml", "access_key: SCW" + d.of(string.ascii_uppercase + string.digits, 17) + "\nsecret_key: {v}\n", d.uuid(), "https://www.scaleway.com/en/docs/identity-and-access-management/iam/how-to/create-api-keys/"),
        ("alibaba", "ops/aliyun.py", 'client = AcsClient("LTAI' + d.of(B62, 20) + '", "{v}", "cn-hangzhou")\n', d.of(B62, 30), "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"),
        ("tencent", "ops/tencent.go", 'credential := common.NewCredential("AKID' + d.of(B62, 32) + '", "{v}")\n', d.of(B62, 32), "https://www.tencentcloud.com/document/product/598/32675"),
        ("ibm-cloud", "ops/ibm.env", "IBMCLOUD_API_KEY={v}\n", d.of(URLSAFE, 44), "https://cloud.ibm.com/docs/account?topic=account-userapikey"),
        ("heroku-new", "ops/heroku.sh", "heroku config:set --app shop HEROKU_API_KEY={v}\n", "HRKU-AA" + d.of(URLSAFE, 58), "https://devcenter.heroku.com/articles/authentication"),
        ("supabase-pat", "db/supabase.sh", "supabase login --token {v}\n", "sbp_" + d.of(HEX, 40), "https://supabase.com/docs/reference/cli/supabase-login"),
        ("supabase-secret", "db/supabase.ts", "const supabase = createClient(url, '{v}');\n", "sb_secret_" + d.of(URLSAFE, 22) + "_" + d.of(HEX, 8), "https://supabase.com/docs/guides/api/api-keys"),
        ("planetscale-token", "db/pscale.env", "PLANETSCALE_SERVICE_TOKEN={v}\n", "pscale_tkn_" + d.of(URLSAFE, 43), "https://planetscale.com/docs/concepts/service-tokens"),
        ("neon-api", "db/neon.py", 'NEON_API_KEY = "{v}"\n', "napi_" + d.of(L, 64), "https://neon.tech/docs/manage/api-keys"),
        ("tailscale-auth", "ops/tailscale.sh", "tailscale up --authkey={v}\n", "tskey-auth-k" + d.of(B62, 11) + "CNTRL-" + d.of(B62, 33), "https://tailscale.com/kb/1085/auth-keys"),
        ("tailscale-api", "ops/ts.tf", 'provider "tailscale" {{\n  api_key = "{v}"\n}}\n', "tskey-api-k" + d.of(B62, 11) + "CNTRL-" + d.of(B62, 33), "https://tailscale.com/kb/1101/api"),
        ("ngrok", "ops/ngrok.yml", 'version: "2"\nauthtoken: {v}\n', "2" + d.of(B62, 26) + "_" + d.of(B62, 21), "https://ngrok.com/docs/agent/config/"),
        ("rancher", "ops/rancher.sh", 'rancher login https://rancher.shop.test --token {v}\n', "token-" + d.of(string.ascii_lowercase + string.digits, 5) + ":" + d.of(string.ascii_lowercase + string.digits, 54),
         "https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys"),
        ("vault-batch", "ops/vault.sh", "export VAULT_TOKEN={v}\n", "hvb." + d.of(URLSAFE, 138), "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes"),
        ("consul-acl", "ops/consul.sh", 'curl --header "X-Consul-Token: {v}" http://127.0.0.1:8500/v1/agent/members\n', d.uuid(), "https://developer.hashicorp.com/consul/api-docs/api-structure#authentication"),
        ("kubeconfig-token", "ops/kubeconfig", "users:\n- name: ci\n  user:\n    token: {v}\n", "eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9." + d.of(URLSAFE, 160) + "." + d.of(URLSAFE, 342),
         "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#service-account-tokens"),
        ("age-key", "ops/keys.txt", "# created: 2026-01-01\n# public key: age1" + d.of(BECH, 58) + "\n{v}\n", "AGE-SECRET-KEY-1" + d.of(BECH.upper(), 58), "https://github.com/FiloSottile/age#readme"),
        ("onepassword-sa", "ops/op.env", "OP_SERVICE_ACCOUNT_TOKEN={v}\n", "ops_eyJ" + d.of(URLSAFE, 300), "https://developer.1password.com/docs/service-accounts/use-with-1password-cli/"),
        ("infisical", "ops/infisical.sh", "infisical export --token={v}\n", "st." + d.uuid() + "." + d.of(HEX, 32) + "." + d.of(HEX, 32), "https://infisical.com/docs/documentation/platform/token"),
        # observability
        ("datadog-api", "ops/datadog.yaml", "api_key: {v}\nsite: datadoghq.eu\n", d.of(HEX, 32), "https://docs.datadoghq.com/account_management/api-app-keys/"),
        ("datadog-app", "ops/dd.py", 'initialize(api_key=os.environ["DD_API_KEY"], app_key="{v}")\n', d.of(HEX, 40), "https://docs.datadoghq.com/account_management/api-app-keys/#application-keys"),
        ("newrelic-user", "ops/newrelic.tf", 'provider "newrelic" {{\n  api_key = "{v}"\n}}\n', "NRAK-" + d.of(string.ascii_uppercase + string.digits, 27), "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"),
        ("newrelic-license", "ops/newrelic.yml", "common: &default_settings\n  license_key: {v}\n", d.of(HEX, 36) + "NRAL", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key"),
        ("dynatrace", "ops/dynatrace.sh", 'curl -H "Authorization: Api-Token {v}" https://abc123.live.dynatrace.com/api/v2/metrics\n', "dt0c01." + d.of(string.ascii_uppercase + string.digits, 24) + "." + d.of(string.ascii_uppercase + string.digits, 64),
         "https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication"),
        ("honeycomb", "ops/otel.yaml", "exporters:\n  otlp:\n    headers:\n      x-honeycomb-team: {v}\n", d.of(B62, 22), "https://docs.honeycomb.io/configure/environments/manage-api-keys/"),
        ("sentry-org", "ops/.sentryclirc", "[auth]\ntoken={v}\n", "sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_" + d.of(URLSAFE, 43), "https://docs.sentry.io/account/auth-tokens/#organization-tokens"),
        ("rollbar", "web/rollbar.js", "Rollbar.init({{ accessToken: '{v}' }});\n", d.of(HEX, 32), "https://docs.rollbar.com/docs/access-tokens"),
        ("bugsnag", "app/bugsnag.rb", "Bugsnag.configure {{ |config| config.api_key = \"{v}\" }}\n", d.of(HEX, 32), "https://docs.bugsnag.com/platforms/ruby/rails/configuration-options/"),
        ("splunk-hec", "ops/fluent.conf", "<match **>\n  @type splunk_hec\n  hec_token {v}\n</match>\n", d.uuid(), "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector"),
        ("sumologic", "ops/sumo.env", "SUMO_ACCESS_ID=su" + d.of(B62, 12) + "\nSUMO_ACCESS_KEY={v}\n", d.of(B62, 64), "https://help.sumologic.com/docs/manage/security/access-keys/"),
        ("pagerduty", "ops/pagerduty.py", 'session = APISession("{v}")\n', "u+" + d.of(URLSAFE, 18), "https://support.pagerduty.com/main/docs/api-access-keys"),
        ("logzio", "ops/logzio.conf", "LOGZIO_TOKEN {v}\n", d.of(string.ascii_letters, 32), "https://docs.logz.io/docs/user-guide/admin/authentication-tokens/"),
        ("grafana-cloud", "ops/grafana-cloud.env", "GRAFANA_CLOUD_TOKEN={v}\n", "glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrIiwiayI6I" + d.of(B62, 60) + "In19", "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/"),
        ("segment", "app/analytics_setup.py", "import segment.analytics as analytics\nanalytics.write_key = '{v}'\n", d.of(B62, 32), "https://segment.com/docs/connections/sources/catalog/libraries/server/python/"),
        ("mixpanel-secret", "ops/mixpanel.py", 'MIXPANEL_API_SECRET = "{v}"\n', d.of(HEX, 32), "https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects#api-secret"),
        # communication
        ("slack-user", "tools/slack.sh", 'curl -H "Authorization: Bearer {v}" https://slack.com/api/auth.test\n', "xoxp-" + d.of(string.digits, 12) + "-" + d.of(string.digits, 12) + "-" + d.of(string.digits, 13) + "-" + d.of(HEX, 32),
         "https://api.slack.com/concepts/token-types"),
        ("slack-app-level", "bot/socket.py", 'SocketModeHandler(app, "{v}").start()\n', "xapp-1-A" + d.of(U, 10) + "-" + d.of(string.digits, 13) + "-" + d.of(HEX, 64), "https://api.slack.com/concepts/token-types#app-level"),
        ("slack-webhook", "ops/alert.sh", "curl -X POST -d @msg.json {v}\n", "https://hooks.slack.com/services/T" + d.of(U, 10) + "/B" + d.of(U, 10) + "/" + d.of(B62, 24), "https://api.slack.com/messaging/webhooks"),
        ("discord-bot", "bot/discord.js", "client.login('{v}');\n", base64.b64encode(d.of(string.digits, 19).encode()).decode().rstrip("=") + "." + d.of(URLSAFE, 6) + "." + d.of(URLSAFE, 38), "https://discord.com/developers/docs/reference#authentication"),
        ("discord-webhook", "bot/notify.py", 'WEBHOOK = "{v}"\n', "https://discord.com/api/webhooks/" + d.of(string.digits, 19) + "/" + d.of(URLSAFE, 68), "https://discord.com/developers/docs/resources/webhook#execute-webhook"),
        ("teams-webhook", "ops/teams.ps1", '$hook = "{v}"\n', "https://shop.webhook.office.com/webhookb2/" + d.uuid() + "@" + d.uuid() + "/IncomingWebhook/" + d.of(HEX, 32) + "/" + d.uuid(),
         "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"),
        ("twilio-auth-token", "sms/twilio.py", 'client = Client("AC' + d.of(HEX, 32) + '", "{v}")\n', d.of(HEX, 32), "https://www.twilio.com/docs/iam/api/authtoken"),
        ("vonage", "sms/vonage.js", "const vonage = new Vonage({{ apiKey: 'a1b2c3d4', apiSecret: '{v}' }});\n", d.of(B62, 16), "https://developer.vonage.com/en/getting-started/concepts/authentication"),
        ("plivo", "sms/plivo.rb", "client = Plivo::RestClient.new('MA" + d.of(string.ascii_uppercase + string.digits, 18) + "', '{v}')\n", d.of(B62, 40), "https://www.plivo.com/docs/sms/concepts/authentication"),
        ("messagebird", "sms/bird.env", "MESSAGEBIRD_ACCESS_KEY={v}\n", d.of(B62, 25), "https://developers.messagebird.com/api/#authentication"),
        ("telegram-env", "bot/.env", "TELEGRAM_BOT_TOKEN={v}\n", d.of(string.digits, 10) + ":AA" + d.of(URLSAFE, 33), "https://core.telegram.org/bots/api#authorizing-your-bot"),
        ("mailchimp", "mail/mailchimp.php", "$mc->setConfig(['apiKey' => '{v}', 'server' => 'us6']);\n", d.of(HEX, 32) + "-us6", "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key"),
        ("mailchimp-transactional", "mail/mandrill.py", 'mailchimp_transactional.Client("{v}")\n', "md-" + d.of(URLSAFE, 22), "https://mailchimp.com/developer/transactional/guides/quick-start/"),
        ("brevo", "mail/brevo.env", "BREVO_API_KEY={v}\n", "xkeysib-" + d.of(HEX, 64) + "-" + d.of(B62, 16), "https://developers.brevo.com/docs/getting-started"),
        ("resend", "mail/send.ts", "const resend = new Resend('{v}');\n", "re_" + d.of(B62, 8) + "_" + d.of(B62, 24), "https://resend.com/docs/dashboard/api-keys/introduction"),
        ("postmark", "mail/postmark.rb", "client = Postmark::ApiClient.new('{v}')\n", d.uuid(), "https://postmarkapp.com/developer/api/overview#authentication"),
        ("sendgrid-env", "mail/.env", "SENDGRID_API_KEY={v}\n", "SG." + d.of(URLSAFE, 22) + "." + d.of(URLSAFE, 43), "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"),
        ("mailjet", "mail/mailjet.py", 'Client(auth=("' + d.of(HEX, 32) + '", "{v}"), version="v3.1")\n', d.of(HEX, 32), "https://dev.mailjet.com/email/guides/#authentication"),
        ("sparkpost", "mail/sparkpost.env", "SPARKPOST_API_KEY={v}\n", d.of(HEX, 40), "https://developers.sparkpost.com/api/#header-authentication"),
        ("pusher", "web/pusher.rb", "Pusher.secret = '{v}'\n", d.of(HEX, 20), "https://pusher.com/docs/channels/server_api/authenticating-users/"),
        ("ably", "web/ably.js", "const ably = new Ably.Realtime('{v}');\n", d.of(URLSAFE, 6) + "." + d.of(URLSAFE, 6) + ":" + d.of(URLSAFE, 43), "https://ably.com/docs/auth/basic"),
        ("livekit", "voice/livekit.yaml", "keys:\n  API" + d.of(B62, 12) + ": {v}\n", d.of(B62, 43), "https://docs.livekit.io/home/self-hosting/server-setup/"),
        ("intercom", "support/intercom.py", 'INTERCOM_ACCESS_TOKEN = "{v}"\n', "dG9rOj" + d.of(B64, 54) + "=", "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication"),
        ("zendesk", "support/zendesk.sh", "curl https://shop.zendesk.com/api/v2/users.json -u ops@shop.test/token:{v}\n", d.of(B62, 40), "https://developer.zendesk.com/api-reference/introduction/security-and-auth/"),
        ("hubspot", "crm/hubspot.js", "const hubspotClient = new hubspot.Client({{ accessToken: 'pat-na1-{v}' }});\n", d.uuid(), "https://developers.hubspot.com/docs/api/private-apps"),
        ("salesforce-session", "crm/force.js", "const conn = new jsforce.Connection({{ instanceUrl: 'https://shop.my.salesforce.com', accessToken: '{v}' }});\n",
         "00D" + d.of(B62, 12) + "!" + d.of(B62 + ".", 96), "https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm"),
        ("twitter-bearer", "social/twitter.py", 'BEARER_TOKEN = "{v}"\n', "AAAAAAAAAAAAAAAAAAAAA" + d.of(B62, 20) + "%3D" + d.of(B62, 50), "https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens"),
        ("facebook-page-token", "social/fb.php", "$fb->setDefaultAccessToken('{v}');\n", "EAA" + d.of(B62, 180), "https://developers.facebook.com/docs/facebook-login/guides/access-tokens"),
        ("dropbox", "files/dropbox.py", 'dbx = dropbox.Dropbox("{v}")\n', "sl." + d.of(URLSAFE, 138), "https://developers.dropbox.com/oauth-guide"),
        # payments and commerce
        ("stripe-webhook", "billing/webhooks.py", 'endpoint_secret = "{v}"\n', "whsec_" + d.of(B62, 32), "https://docs.stripe.com/webhooks#verify-official-libraries"),
        ("stripe-live-env", "billing/.env", "STRIPE_SECRET_KEY={v}\n", "sk_live_51" + d.of(B62, 97), "https://docs.stripe.com/keys"),
        ("braintree", "billing/braintree.js", "const gateway = new braintree.BraintreeGateway({{ accessToken: '{v}' }});\n", "access_token$production$" + d.of(L, 16) + "$" + d.of(HEX, 32),
         "https://developer.paypal.com/braintree/docs/guides/extend/oauth/access-tokens"),
        ("paypal-secret", "billing/paypal.env", "PAYPAL_CLIENT_ID=A" + d.of(URLSAFE, 79) + "\nPAYPAL_CLIENT_SECRET={v}\n", "E" + d.of(URLSAFE, 79), "https://developer.paypal.com/api/rest/authentication/"),
        ("square-access", "billing/square.rb", "client = Square::Client.new(access_token: '{v}', environment: 'production')\n", "EAAA" + d.of(URLSAFE, 60), "https://developer.squareup.com/docs/build-basics/access-tokens"),
        ("square-oauth-secret", "billing/square.env", "SQUARE_APPLICATION_SECRET={v}\n", "sq0csp-" + d.of(URLSAFE, 43), "https://developer.squareup.com/docs/oauth-api/overview"),
        ("razorpay", "billing/razorpay.py", 'client = razorpay.Client(auth=("rzp_live_' + d.of(B62, 14) + '", "{v}"))\n', d.of(B62, 24), "https://razorpay.com/docs/api/authentication/"),
        ("paystack", "billing/paystack.js", "const paystack = require('paystack')('{v}');\n", "sk_live_" + d.of(HEX, 40), "https://paystack.com/docs/api/authentication/"),
        ("flutterwave", "billing/flw.env", "FLW_SECRET_KEY={v}\n", "FLWSECK-" + d.of(HEX, 32) + "-X", "https://developer.flutterwave.com/docs/authentication"),
        ("mollie", "billing/mollie.php", '$mollie->setApiKey("{v}");\n', "live_" + d.of(B62, 30), "https://docs.mollie.com/reference/authentication"),
        ("gocardless", "billing/gocardless.rb", "GoCardlessPro::Client.new(access_token: '{v}', environment: :live)\n", "live_" + d.of(URLSAFE, 40), "https://developer.gocardless.com/getting-started/api/making-your-first-request/"),
        ("shopify-shared-secret", "shop/shopify.app.toml", 'client_secret = "{v}"\n', "shpss_" + d.of(HEX, 32), "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets"),
        ("shopify-custom-app", "shop/sync.rb", "ShopifyAPI::Context.setup(api_key: 'k', api_secret_key: 's', access_token: '{v}')\n", "shpca_" + d.of(HEX, 32), "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"),
        ("plaid", "bank/plaid.env", "PLAID_CLIENT_ID=" + d.of(HEX, 24) + "\nPLAID_SECRET={v}\n", d.of(HEX, 30), "https://plaid.com/docs/api/#api-host"),
        ("easypost", "ship/easypost.py", 'client = easypost.EasyPostClient("{v}")\n', "EZAK" + d.of(B62, 54), "https://docs.easypost.com/docs/authentication"),
        ("shippo", "ship/shippo.js", "const shippo = require('shippo')('{v}');\n", "shippo_live_" + d.of(HEX, 40), "https://docs.goshippo.com/docs/guides_general/authentication/"),
        ("duffel", "travel/duffel.ts", "const duffel = new Duffel({{ token: '{v}' }});\n", "duffel_live_" + d.of(URLSAFE, 43), "https://duffel.com/docs/api/overview/making-requests/authentication"),
        ("coinbase-commerce", "billing/crypto.env", "COINBASE_COMMERCE_API_KEY={v}\n", d.uuid(), "https://docs.cdp.coinbase.com/commerce-onchain/docs/getting-started"),
        # saas, productivity, data
        ("linear", "tools/linear.ts", "const linear = new LinearClient({{ apiKey: '{v}' }});\n", "lin_api_" + d.of(B62, 40), "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys"),
        ("notion", "tools/notion.js", "const notion = new Client({{ auth: '{v}' }});\n", "ntn_" + d.of(B62, 46), "https://developers.notion.com/docs/authorization"),
        ("notion-legacy", "tools/notion.env", "NOTION_TOKEN={v}\n", "secret_" + d.of(B62, 43), "https://developers.notion.com/docs/authorization"),
        ("airtable-pat", "tools/airtable.py", 'api = Api("{v}")\n', "pat" + d.of(B62, 14) + "." + d.of(HEX, 64), "https://airtable.com/developers/web/guides/personal-access-tokens"),
        ("asana", "tools/asana.rb", "client = Asana::Client.new {{ |c| c.authentication :access_token, '{v}' }}\n", "2/" + d.of(string.digits, 16) + "/" + d.of(string.digits, 16) + ":" + d.of(HEX, 32),
         "https://developers.asana.com/docs/personal-access-token"),
        ("clickup", "tools/clickup.env", "CLICKUP_API_TOKEN={v}\n", "pk_" + d.of(string.digits, 8) + "_" + d.of(string.ascii_uppercase + string.digits, 32), "https://clickup.com/api/developer-portal/authentication/"),
        ("figma", "design/figma.sh", 'curl -H "X-Figma-Token: {v}" https://api.figma.com/v1/me\n', "figd_" + d.of(URLSAFE, 40), "https://www.figma.com/developers/api#access-tokens"),
        ("contentful", "cms/contentful.env", "CONTENTFUL_MANAGEMENT_TOKEN={v}\n", "CFPAT-" + d.of(URLSAFE, 43), "https://www.contentful.com/developers/docs/references/authentication/#the-management-api"),
        ("typeform", "forms/typeform.py", 'TYPEFORM_TOKEN = "{v}"\n', "tfp_" + d.of(B62, 44) + "_" + d.of(B62, 14), "https://www.typeform.com/developers/get-started/personal-access-token/"),
        ("trello", "tools/trello.py", 'TrelloClient(api_key="' + d.of(HEX, 32) + '", token="{v}")\n', "ATTA" + d.of(HEX, 64) + d.of(HEXU, 8), "https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/"),
        ("monday", "tools/monday.env", "MONDAY_API_TOKEN={v}\n", "eyJhbGciOiJIUzI1NiJ9." + d.of(URLSAFE, 120) + "." + d.of(URLSAFE, 43), "https://developer.monday.com/api-reference/docs/authentication"),
        ("algolia-admin", "search/.env", "ALGOLIA_APP_ID=" + d.of(string.ascii_uppercase + string.digits, 10) + "\nALGOLIA_ADMIN_API_KEY={v}\n", d.of(HEX, 32), "https://www.algolia.com/doc/guides/security/api-keys/"),
        ("mapbox-secret", "maps/mapbox.env", "MAPBOX_SECRET_TOKEN={v}\n", "sk.eyJ1Ijoic2hvcCIsImEiOiJ" + d.of(B62, 20) + "In0." + d.of(URLSAFE, 22), "https://docs.mapbox.com/accounts/guides/tokens/"),
        ("okta", "auth/okta.sh", 'curl -H "Authorization: SSWS {v}" https://shop.okta.com/api/v1/users\n', "00" + d.of(URLSAFE, 40), "https://developer.okta.com/docs/guides/create-an-api-token/main/"),
        ("auth0-client-secret", "auth/auth0.json", '{{"auth0": {{"domain": "shop.eu.auth0.com", "clientSecret": "{v}"}}}}\n', d.of(URLSAFE, 64), "https://auth0.com/docs/get-started/applications/application-settings"),
        ("clerk", "auth/clerk.env", "CLERK_SECRET_KEY={v}\n", "sk_live_" + d.of(B62, 42), "https://clerk.com/docs/deployments/clerk-environment-variables"),
        ("twitch", "stream/twitch.go", 'const twitchClientSecret = "{v}"\n', d.of(string.ascii_lowercase + string.digits, 30), "https://dev.twitch.tv/docs/authentication/register-app/"),
        ("confluent", "data/kafka.properties", 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="' + d.of(string.ascii_uppercase + string.digits, 16) + '" password="{v}";\n',
         d.of(B62 + "+/", 64), "https://docs.confluent.io/cloud/current/client-apps/config-client.html"),
        ("elastic-api-key", "search/elastic.yml", "output.elasticsearch:\n  api_key: \"{v}\"\n", d.of(URLSAFE, 20) + ":" + d.of(URLSAFE, 22), "https://www.elastic.co/guide/en/beats/filebeat/current/beats-api-keys.html"),
        ("sanity", "cms/sanity.ts", "createClient({{ projectId: 'abc123', token: '{v}' }});\n", "sk" + d.of(B62, 180), "https://www.sanity.io/docs/http-auth"),
        ("frameio", "media/frameio.env", "FRAMEIO_TOKEN={v}\n", "fio-u-" + d.of(URLSAFE, 64), "https://developer.frame.io/docs/getting-started/authentication"),
        ("lokalise", "i18n/lokalise.yml", "lokalise:\n  token: {v}\n", d.of(HEX, 40), "https://developers.lokalise.com/reference/api-authentication"),
        ("pinata-jwt", "web3/pinata.env", "PINATA_JWT={v}\n", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + d.of(URLSAFE, 300) + "." + d.of(URLSAFE, 43), "https://docs.pinata.cloud/account-management/api-keys"),
        ("pinata-secret", "web3/pin.js", "const pinata = new pinataSDK('" + d.of(HEX, 20) + "', '{v}');\n", d.of(HEX, 64), "https://docs.pinata.cloud/account-management/api-keys"),
        ("influxdb", "iot/telegraf.conf", '[[outputs.influxdb_v2]]\n  urls = ["http://influx:8086"]\n  token = "{v}"\n', d.of(URLSAFE, 86) + "==", "https://docs.influxdata.com/influxdb/cloud/api-guide/api_intro/"),
        ("meilisearch-master", "search/docker-compose.yml", "services:\n  meili:\n    environment:\n      MEILI_MASTER_KEY: {v}\n", d.of(URLSAFE, 32), "https://www.meilisearch.com/docs/learn/security/master_key"),
        ("semgrep", "ci/semgrep.yml", "env:\n  SEMGREP_APP_TOKEN: {v}\n", d.of(HEX, 64), "https://semgrep.dev/docs/deployment/tokens"),
        ("expo", "app/eas.sh", "EXPO_TOKEN={v} eas build --platform ios\n", d.of(URLSAFE, 40), "https://docs.expo.dev/accounts/programmatic-access/"),
        ("cypress-record", "web/cypress.sh", "npx cypress run --record --key {v}\n", d.uuid(), "https://docs.cypress.io/guides/cloud/projects#Record-key"),
        ("bitrise", "ci/bitrise.sh", 'curl -H "Authorization: {v}" https://api.bitrise.io/v0.1/apps\n', d.of(URLSAFE, 86), "https://docs.bitrise.io/en/bitrise-ci/api/authenticating-with-the-bitrise-api.html"),
        ("zerotier", "ops/zerotier.tf", 'provider "zerotier" {{\n  zerotier_central_token = "{v}"\n}}\n', d.of(B62, 32), "https://docs.zerotier.com/tokens"),
        ("webflow", "web/webflow.js", "const webflow = new WebflowClient({{ accessToken: '{v}' }});\n", d.of(HEX, 64), "https://developers.webflow.com/data/reference/site-token"),
        ("todoist", "tools/todoist.py", 'api = TodoistAPI("{v}")\n', d.of(HEX, 40), "https://developer.todoist.com/rest/v2/#authorization"),
        # keys and connection strings
        ("rsa-private-key", "deploy/id_rsa", "{v}\n", "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + d.of(B64, 60) + "\n" + d.of(B64, 64) + "\n-----END RSA PRIVATE KEY-----",
         "https://datatracker.ietf.org/doc/html/rfc7468"),
        ("openssh-private-key", "home/ops/.ssh/id_ed25519", "{v}\n", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACD" + d.of(B64, 50) + "\n-----END OPENSSH PRIVATE KEY-----",
         "https://man.openbsd.org/ssh-keygen"),
        ("pkcs8-in-json", "ops/gcp-key.json", '{{"type": "service_account", "private_key": "{v}"}}\n', "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + d.of(B64, 60) + "\\n-----END PRIVATE KEY-----\\n",
         "https://cloud.google.com/iam/docs/keys-create-delete"),
        ("postgres-url", "app/database.yml", "production:\n  url: postgres://shop:{v}@db.internal:5432/shop\n", d.of(B62, 18), "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS"),
        ("mysql-url", "app/settings.py", 'DATABASE_URL = "mysql://shop:{v}@mysql.internal:3306/shop"\n', d.of(B62, 16), "https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html"),
        ("mongodb-srv", "app/mongo.js", "mongoose.connect('mongodb+srv://shop:{v}@cluster0.ab1cd.mongodb.net/shop');\n", d.of(B62, 16), "https://www.mongodb.com/docs/manual/reference/connection-string/"),
        ("redis-url", "app/cache.env", "REDIS_URL=redis://default:{v}@redis.internal:6379/0\n", d.of(B62, 24), "https://www.iana.org/assignments/uri-schemes/prov/redis"),
        ("amqp-url", "app/queue.go", 'conn, err := amqp.Dial("amqps://shop:{v}@mq.internal:5671/")\n', d.of(B62, 20), "https://www.rabbitmq.com/docs/uri-spec"),
        ("sqlserver-connstring", "app/Web.config", '<add name="Db" connectionString="Server=sql.internal;Database=Shop;User Id=shop;Password={v};" />\n', d.of(B62, 16),
         "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax"),
        ("jdbc-password", "src/main/resources/application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/shop\n    password: {v}\n", d.of(B62, 16),
         "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password"),
        ("basic-auth-header", "scripts/api.sh", 'curl -H "Authorization: Basic {v}" https://api.shop.test/v1/orders\n', "b3BzOn" + d.of(B62, 26) + "=", "https://datatracker.ietf.org/doc/html/rfc7617"),
        ("jwt-hs256-secret", "auth/jwt.go", 'var jwtSigningKey = []byte("{v}")\n', d.of(B62, 48), "https://datatracker.ietf.org/doc/html/rfc7518#section-3.2"),
        ("docker-config-auth", "home/ops/.docker/config.json", '{{"auths": {{"registry.shop.test": {{"auth": "{v}"}}}}}}\n', "ZGVwbG95OnM" + d.of(B62, 24) + "=", "https://docs.docker.com/reference/cli/docker/login/"),
        ("htpasswd-bcrypt", "ops/.htpasswd", "admin:{v}\n", "$2y$10$" + d.of(B62 + "./", 53), "https://httpd.apache.org/docs/2.4/programs/htpasswd.html"),
        ("wp-config", "site/wp-config.php", "define( 'DB_PASSWORD', '{v}' );\n", d.of(B62 + "!#%", 20), "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/"),
        ("rails-master-key", "config/master.key", "{v}\n", d.of(HEX, 32), "https://guides.rubyonrails.org/security.html#custom-credentials"),
        ("laravel-app-key", "site/.env", "APP_KEY=base64:{v}\n", d.of(B64, 43) + "=", "https://laravel.com/docs/encryption#configuration"),
        ("symfony-secret", "site/.env.prod", "APP_SECRET={v}\n", d.of(HEX, 32), "https://symfony.com/doc/current/reference/configuration/framework.html#secret"),
        ("flask-secret", "site/app.py", "app.config['SECRET_KEY'] = '{v}'\n", d.of(HEX, 48), "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY"),
        ("nextauth-secret", "web/.env.production", "NEXTAUTH_SECRET={v}\n", d.of(B64, 43) + "=", "https://next-auth.js.org/configuration/options#secret"),
    ]


def near_miss_cases(d):
    """Look-alikes: a documented format one character off or of the wrong length, a provider's shape without its name,
    and code that names a secret without holding one."""
    U = string.ascii_uppercase + string.digits
    B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return [
        # wrong length: the provider's prefix with a body a character or more short or long
        ("near-github-short", "ci/near.env", "GITHUB_TOKEN={v}\n", "ghp_" + d.of(B62, 35), "length"),
        ("near-github-long", "ci/near2.env", "GH_PAT={v}\n", "ghp_" + d.of(B62, 38), "length"),
        ("near-gitlab-short", "ci/near.yml", "gitlab_token: {v}\n", "glpat-" + d.of(URLSAFE, 12), "length"),
        ("near-slack-short", "bot/near.json", '{{"slack_token": "{v}"}}\n', "xoxb-" + d.of(string.digits, 4) + "-" + d.of(B62, 6), "length"),
        ("near-stripe-short", "billing/near.py", 'STRIPE_KEY = "{v}"\n', "sk_live_" + d.of(B62, 10), "length"),
        ("near-google-short", "web/near.ts", "const mapsKey = '{v}';\n", "AIza" + d.of(URLSAFE, 30), "length"),
        ("near-sendgrid-short", "mail/near.env", "SENDGRID_API_KEY={v}\n", "SG." + d.of(URLSAFE, 22) + "." + d.of(URLSAFE, 20), "length"),
        ("near-npm-short", "web/near.npmrc", "//registry.npmjs.org/:_authToken={v}\n", "npm_" + d.of(B62, 30), "length"),
        ("near-shopify-short", "shop/near.env", "SHOPIFY_ADMIN_TOKEN={v}\n", "shpat_" + d.of(HEX, 28), "length"),
        ("near-digitalocean-short", "ops/near.tf", 'token = "{v}"\n', "dop_v1_" + d.of(HEX, 50), "length"),
        ("near-hf-short", "ml/near.py", 'HF_TOKEN = "{v}"\n', "hf_" + d.of(string.ascii_letters, 20), "length"),
        ("near-anthropic-short", "agent/near.env", "ANTHROPIC_API_KEY={v}\n", "sk-ant-api03-" + d.of(URLSAFE, 20), "length"),
        ("near-groq-short", "bot/near.ts", "const groqKey = '{v}';\n", "gsk_" + d.of(B62, 30), "length"),
        ("near-linear-short", "tools/near.ts", "const linearKey = '{v}';\n", "lin_api_" + d.of(B62, 20), "length"),
        ("near-dockerhub-short", "ci/near-docker.sh", "DOCKERHUB_TOKEN={v}\n", "dckr_pat_" + d.of(URLSAFE, 10), "length"),
        ("near-pypi-short", "home/ops/near.pypirc", "[pypi]\npassword = {v}\n", "pypi-AgEIcHlwaS5vcmc" + d.of(URLSAFE, 10), "length"),
        ("near-newrelic-short", "ops/near-nr.env", "NEW_RELIC_API_KEY={v}\n", "NRAK-" + d.of(U, 20), "length"),
        ("near-doppler-short", "ops/near-doppler.env", "DOPPLER_TOKEN={v}\n", "dp.pt." + d.of(B62, 20), "length"),
        ("near-postman-short", "api/near.json", '{{"postman_api_key": "{v}"}}\n', "PMAK-" + d.of(HEX, 24) + "-" + d.of(HEX, 20), "length"),
        ("near-twilio-sid-short", "sms/near.py", 'TWILIO_API_KEY = "{v}"\n', "SK" + d.of(HEX, 28), "length"),
        ("near-mailgun-short", "mail/near.php", "$mg = Mailgun::create('{v}');\n", "key-" + d.of(HEX, 24), "length"),
        ("near-age-short", "ops/near-age.txt", "{v}\n", "AGE-SECRET-KEY-1" + d.of("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 40), "length"),
        ("near-tailscale-short", "ops/near-ts.sh", "tailscale up --authkey={v}\n", "tskey-auth-k" + d.of(B62, 5), "length"),
        ("near-databricks-short", "jobs/near.cfg", "[DEFAULT]\ntoken = {v}\n", "dapi" + d.of(HEX, 20), "length"),
        ("near-aws-id-short", "infra/near.tfvars", 'access_key = "{v}"\n', "AKIA" + d.of(B32U, 12), "length"),
        ("near-telegram-short", "bot/near-tg.py", 'BOT_TOKEN = "{v}"\n', d.of(string.digits, 10) + ":AA" + d.of(URLSAFE, 20), "length"),
        ("near-vault-short", "ops/near-vault.hcl", 'token = "{v}"\n', "hvs." + d.of(B62, 12), "length"),
        ("near-sentry-short", "ops/near-sentry.ini", "[auth]\ntoken={v}\n", "sntryu_" + d.of(HEX, 30), "length"),
        # wrong length where the format has no prefix: the provider's name is beside a value a few characters off
        ("near-datadog-short", "ops/near-dd.yaml", "api_key: {v}\nsite: datadoghq.eu\ndatadog_api_key: {v}\n", d.of(HEX, 31), "length"),
        ("near-todoist-long", "tools/near-todoist.py", 'TODOIST_API_TOKEN = "{v}"\n', d.of(HEX, 42), "length"),
        ("near-twilio-token-short", "sms/near-twilio.env", "TWILIO_AUTH_TOKEN={v}\n", d.of(HEX, 30), "length"),
        ("near-rollbar-short", "web/near-rollbar.js", "const rollbarAccessToken = '{v}';\n", d.of(HEX, 31), "length"),
        ("near-bugsnag-long", "app/near-bugsnag.rb", "BUGSNAG_API_KEY = '{v}'\n", d.of(HEX, 34), "length"),
        ("near-mixpanel-long", "ops/near-mixpanel.py", 'MIXPANEL_API_SECRET = "{v}"\n', d.of(HEX, 33), "length"),
        ("near-sparkpost-short", "mail/near-sparkpost.env", "SPARKPOST_API_KEY={v}\n", d.of(HEX, 38), "length"),
        ("near-linode-short", "ops/near-linode.env", "LINODE_TOKEN={v}\n", d.of(HEX, 62), "length"),
        ("near-algolia-short", "search/near.env", "ALGOLIA_ADMIN_API_KEY={v}\n", d.of(HEX, 30), "length"),
        ("near-deepgram-long", "voice/near-stt.py", 'DEEPGRAM_API_KEY = "{v}"\n', d.of(HEX, 41), "length"),
        ("near-datadog-badchar", "ops/near-dd2.env", "DATADOG_API_KEY={v}\n", d.of(HEX, 20) + "x" + d.of(HEX, 11), "alphabet"),
        ("near-mailgun-nonhex", "mail/near-mg.env", "MAILGUN_API_KEY=key-{v}\n", d.of(HEX, 16) + "q" + d.of(HEX, 15), "alphabet"),
        # one character off: the body's alphabet broken, or a prefix mistyped
        ("near-github-badchar", "ci/near3.env", "GITHUB_TOKEN={v}\n", "ghp_" + d.of(B62, 17) + "-" + d.of(B62, 18), "alphabet"),
        ("near-shopify-nonhex", "shop/near2.env", "SHOPIFY_TOKEN={v}\n", "shpat_" + d.of("ghijklmnopqrstuvwxyz", 32), "alphabet"),
        ("near-do-nonhex", "ops/near2.tf", 'do_token = "{v}"\n', "dop_v1_" + d.of("ghijklmnopqrstuvwxyz", 64), "alphabet"),
        ("near-stripe-prefix", "billing/near2.py", 'stripe_key = "{v}"\n', "sk_lvie_" + d.of(B62, 99), "prefix"),
        ("near-gitlab-prefix", "ci/near2.yml", "gitlab_token: {v}\n", "glpta-" + d.of(URLSAFE, 20), "prefix"),
        ("near-slack-prefix", "bot/near2.json", '{{"slack_token": "{v}"}}\n', "xoxq-" + d.of(string.digits, 12) + "-" + d.of(string.digits, 13) + "-" + d.of(B62, 24), "prefix"),
        ("near-openai-prefix", "ml/near.env", "OPENAI_API_KEY={v}\n", "sk-porj-" + d.of(URLSAFE, 60), "prefix"),
        ("near-google-prefix", "web/near2.ts", "const mapsKey = '{v}';\n", "AIzz" + d.of(URLSAFE, 35), "prefix"),
        ("near-npm-prefix", "web/near2.npmrc", "//registry.npmjs.org/:_authToken={v}\n", "nmp_" + d.of(B62, 36), "prefix"),
        ("near-sendgrid-prefix", "mail/near2.env", "SENDGRID_API_KEY={v}\n", "SQ." + d.of(URLSAFE, 22) + "." + d.of(URLSAFE, 43), "prefix"),
        ("near-github-prefix", "ci/near4.env", "GH_TOKEN={v}\n", "gph_" + d.of(B62, 36), "prefix"),
        ("near-aws-prefix", "infra/near2.tfvars", 'access_key = "{v}"\n', "AKAI" + d.of(B32U, 16), "prefix"),
        # a provider's shape without its name: digests and ids under names that say what they are
        ("bare-hex32-etag", "web/cache.json", '{{"etag": "{v}"}}\n', d.of(HEX, 32), "digest"),
        ("bare-hex40-commit", "deploy/release.yml", "release:\n  commit: {v}\n", d.of(HEX, 40), "commit id"),
        ("bare-hex64-sha256", "deploy/checksums.txt", "{v}  shop-1.4.2-linux-amd64.tar.gz\n", d.of(HEX, 64), "digest"),
        ("bare-uuid-request", "logs/sample.log", "2026-01-01T10:00:00Z INFO request_id={v} status=200\n", d.uuid(), "id"),
        ("bare-uuid-trace", "src/trace.go", 'const sampleTraceID = "{v}"\n', d.uuid(), "id"),
        ("bare-hex32-md5", "assets/manifest.json", '{{"app.js": "app.{v}.js"}}\n', d.of(HEX, 32), "asset hash"),
        ("bare-b62-32-build", "ci/build.env", "BUILD_FINGERPRINT={v}\n", d.of(B62, 32), "build id"),
        ("bare-hex40-docker", "deploy/compose.lock", "image: shop/web@sha256:{v}\n", d.of(HEX, 64), "digest"),
        ("bare-uuid-project", "app/project.json", '{{"projectId": "{v}"}}\n', d.uuid(), "id"),
        ("bare-uuid-tenant", "app/azure.json", '{{"tenantId": "{v}", "subscriptionId": "' + d.uuid() + '"}}\n', d.uuid(), "id"),
        ("bare-hex32-cachekey", "web/sw.js", "const CACHE_VERSION = '{v}';\n", d.of(HEX, 32), "cache version"),
        ("bare-b64-nonce", "web/csp.html", '<script nonce="{v}" src="/app.js"></script>\n', d.of(B64, 22) + "==", "csp nonce"),
        ("bare-hex-color", "web/theme.css", ":root {{ --brand: #{v}; }}\n", d.of(HEX, 6), "colour"),
        ("bare-hex40-gitlink", "docs/CHANGES.md", "See https://github.com/shop/web/commit/{v} for the fix.\n", d.of(HEX, 40), "commit id"),
        ("bare-sri", "web/index.html", '<script src="/vendor.js" integrity="sha384-{v}"></script>\n', d.of(B64, 64), "sri"),
        ("bare-hex32-datadog-shape", "ops/metrics.py", 'DASHBOARD_UID = "{v}"\n', d.of(HEX, 32), "id"),
        ("bare-b62-40-id", "app/ids.rb", "SESSION_COOKIE_NAME = '_shop_{v}'\n", d.of(string.ascii_lowercase, 12), "name"),
        ("bare-pk-stripe", "web/checkout.js", "const stripe = Stripe('{v}');\n", "pk_live_" + d.of(B62, 99), "publishable key"),
        ("bare-google-client-id", "web/login.js", "google.accounts.id.initialize({{ client_id: '{v}' }});\n", d.of(string.digits, 12) + "-" + d.of(string.ascii_lowercase + string.digits, 32) + ".apps.googleusercontent.com", "public id"),
        ("bare-twilio-sid", "sms/account.yml", "twilio:\n  account_sid: {v}\n", "AC" + d.of(HEX, 32), "account id"),
        ("bare-aws-account", "infra/accounts.tf", 'account_id = "{v}"\n', d.of(string.digits, 12), "account id"),
        ("bare-algolia-app", "search/app.env", "ALGOLIA_APP_ID={v}\n", d.of(U, 10), "app id"),
        ("bare-plaid-client-id", "bank/ids.env", "PLAID_CLIENT_ID={v}\n", d.of(HEX, 24), "client id"),
        ("bare-langfuse-public", "agent/public.env", "LANGFUSE_PUBLIC_KEY={v}\n", "pk-lf-" + d.uuid(), "public key"),
        ("bare-ssh-rsa-pub", "keys/ci.pub", "ssh-rsa {v} ci@shop\n", "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + d.of(B64, 300), "public key"),
        ("bare-pem-cert", "certs/ca.pem", "{v}\n", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + d.of(B64, 44) + "\n-----END CERTIFICATE-----", "certificate"),
        ("bare-jwt-docs", "docs/auth.md", "A token looks like `{v}`.\n", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "documented example"),
        ("bare-sentry-dsn-public", "web/sentry.client.js", "Sentry.init({{ dsn: '{v}' }});\n", "https://" + d.of(HEX, 32) + "@o123456.ingest.sentry.io/4500000000000000", "public dsn"),
        # code that names a secret and holds none
        ("code-env-lookup-py", "app/conf.py", 'API_KEY = {v}\n', 'os.environ["API_KEY"]', "reference"),
        ("code-env-lookup-js", "web/conf.js", "const stripeKey = {v};\n", "process.env.STRIPE_SECRET_KEY", "reference"),
        ("code-getenv-go", "svc/conf.go", "token := {v}\n", 'os.Getenv("SLACK_BOT_TOKEN")', "reference"),
        ("code-spring-value", "src/main/java/shop/Jwt.java", '@Value("{v}")\nprivate String jwtSecret;\n', "${jwt.secret}", "reference"),
        ("code-helm-template", "k8s/templates/secret.yaml", "  token: {v}\n", "{{ .Values.api.token | b64enc }}", "template"),
        ("code-gha-secret", ".github/workflows/deploy.yml", "env:\n  NPM_TOKEN: {v}\n", "${{ secrets.NPM_TOKEN }}", "reference"),
        ("code-shell-var", "scripts/push.sh", 'curl -H "Authorization: Bearer {v}" https://api.shop.test\n', "$API_TOKEN", "reference"),
        ("code-placeholder-angle", "docs/setup.md", "export OPENAI_API_KEY={v}\n", "<your-openai-key>", "placeholder"),
        ("code-placeholder-x", "docs/env.sample", "STRIPE_SECRET_KEY={v}\n", "sk_live_" + "x" * 24, "placeholder"),
        ("code-placeholder-words", ".env.example", "AWS_SECRET_ACCESS_KEY={v}\n", "your-secret-access-key-here", "placeholder"),
        ("code-placeholder-replace", "config/app.yml.dist", "api_token: {v}\n", "REPLACE_WITH_YOUR_TOKEN", "placeholder"),
        ("code-redacted", "docs/debug.md", "Authorization: Bearer {v}\n", "****************", "redacted"),
        ("code-self-assign-java", "src/main/java/shop/Client.java", "this.apiSecret = {v};\n", "apiSecret", "variable"),
        ("code-param-default-none", "app/client.py", "def connect(host, token={v}):\n    pass\n", "None", "variable"),
        ("code-ts-type", "web/types.ts", "interface Auth {{ accessToken: {v}; }}\n", "string", "type"),
        ("code-kwarg-var", "app/sync.py", "client = Client(api_key={v})\n", "settings.API_KEY", "variable"),
        ("code-csharp-config", "svc/Startup2.cs", 'var secret = {v};\n', 'Configuration["Auth:ClientSecret"]', "reference"),
        ("code-php-env", "site/config.php", "'secret' => {v},\n", "env('APP_SECRET')", "reference"),
        ("code-ruby-credentials", "app/config.rb", "config.api_key = {v}\n", "Rails.application.credentials.dig(:stripe, :secret_key)", "reference"),
        ("code-vault-ref", "k8s/external.yml", "    key: {v}\n", "secret/data/shop/stripe#secret_key", "reference"),
        ("code-aws-ssm-ref", "serverless.yml", "  DB_PASSWORD: {v}\n", "${ssm:/shop/prod/db_password}", "reference"),
        ("code-token-endpoint", "app/oauth.yml", "token_url: {v}\n", "https://auth.shop.test/oauth2/token", "url"),
        ("code-secret-name", "k8s/deploy.yml", "        secretKeyRef:\n          name: {v}\n          key: password\n", "shop-db-credentials", "name"),
        ("code-password-prompt", "scripts/login.py", "password = {v}\n", 'getpass.getpass("Password: ")', "call"),
        ("code-key-length", "src/crypto.c", "#define AES_KEY_SIZE {v}\n", "32", "number"),
        ("code-token-type", "app/auth.js", "const tokenType = '{v}';\n", "Bearer", "word"),
        ("code-secret-header-name", "app/headers.py", 'SECRET_HEADER = "{v}"\n', "X-Shop-Webhook-Signature", "name"),
        ("code-api-key-header-name", "web/api.ts", "const API_KEY_HEADER = '{v}';\n", "x-api-key", "name"),
        ("code-encrypted-sops", "k8s/secrets.enc.yaml", "stripe_key: {v}\n", "ENC[AES256_GCM,data:" + d.of(B64, 40) + ",iv:" + d.of(B64, 43) + "=,tag:" + d.of(B64, 22) + "==,type:str]", "encrypted"),
        ("code-vault-ansible", "group_vars/all/vault.yml", "db_password: {v}\n", "!vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + d.of(string.digits + "abcdef", 64), "encrypted"),
        ("code-jasypt", "src/main/resources/app.properties", "db.password={v}\n", "ENC(" + d.of(B64, 44) + ")", "encrypted"),
        ("code-hash-in-test", "Tests/HashTests/vectors.py", 'EXPECTED_SHA1 = "{v}"\n', d.of(HEX, 40), "test vector"),
        ("code-password-policy", "app/policy.yml", "password_min_length: {v}\n", "12", "number"),
        ("code-password-field", "web/form.html", '<input type="password" name="password" placeholder="{v}">\n', "Enter your password", "prose"),
        ("code-docs-example-key", "docs/aws2.md", "aws_secret_access_key = {v}\n", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented example"),
        ("code-docs-github-example", "docs/gh.md", "GITHUB_TOKEN={v}\n", "ghp_" + "1234567890abcdefghijklmnopqrstuvwxyz"[:36], "documented example"),
        ("code-lock-yarn", "web/yarn.lock", 'resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#{v}"\n', d.of(HEX, 40), "digest"),
        ("code-cargo-lock", "Cargo.lock", 'checksum = "{v}"\n', d.of(HEX, 64), "digest"),
        ("code-pip-hash", "requirements.txt", "requests==2.32.3 --hash=sha256:{v}\n", d.of(HEX, 64), "digest"),
        ("code-terraform-lock", ".terraform.lock.hcl", '  hashes = [\n    "h1:{v}=",\n  ]\n', d.of(B64, 43), "digest"),
        ("code-uuid-client-id", "app/oauth.json", '{{"client_id": "{v}"}}\n', d.uuid(), "public id"),
        ("code-wireguard-pub", "ops/wg0.conf", "[Peer]\nPublicKey = {v}\n", d.of(B64, 43) + "=", "public key"),
    ]


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
        first = value.split("\n")[0]  # a PEM block or a vault value spans lines: its first line places it
        line = body.split("\n").index(next(l for l in body.split("\n") if first in l)) + 1
        manifest.append({"case": name, "path": path, "line": line, "value": value, "secret": secret, "reference": reference})
    subprocess.run(["git", "-C", repo, "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", repo, "commit", "-q", "-m", "planted corpus"], check=True, env=env)
    with open(args.manifest or repo.rstrip("/") + ".manifest.json", "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    os.chmod(args.manifest or repo.rstrip("/") + ".manifest.json", 0o600)


if __name__ == "__main__":
    main()
