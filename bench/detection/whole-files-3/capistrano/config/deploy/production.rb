set :stage, :production
set :branch, "main"
set :repo_url, "https://deploy-bot: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@github.com/acme-corp/shop.git"

server "web1.acme-corp.net", user: "deploy", roles: %w{app web}, password: "lE7bttNs*PptwRfJFN"
server "db1.acme-corp.net", user: "deploy", roles: %w{db}

set :ssh_options, {
  user: "deploy",
  auth_methods: %w(password),
  password: "tUU2KJz2+hi7"
}
