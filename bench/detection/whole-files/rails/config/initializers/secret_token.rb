# Be sure to restart your server when you modify this file.

# Your secret key for verifying the integrity of signed cookies.
# If you change this key, all old signed cookies will become invalid!
# Make sure the secret is at least 30 characters and all random,
# no regular words or you'll be exposed to dictionary attacks.
Storefront::Application.config.secret_token = '6e3b1bdbfa5a5c3a63d3fdabce60a8c45ce0c6e0bb8e11c17d598bdee93c3f4c9d2bf8e14819248bc7d049e617f628afeb13ba7c408872db921d43e8b70c0020'
