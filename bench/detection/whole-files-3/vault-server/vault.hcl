storage "s3" {
  bucket     = "acme-vault-storage"
  access_key = "AKIAZHTBPN4MBXQOQSGO"
  secret_key = "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"
  region     = "eu-west-1"
}

listener "tcp" {
  address     = "0.0.0.0:8200"
  tls_cert_file = "/etc/vault/tls/vault.crt"
  tls_key_file  = "/etc/vault/tls/vault.key"
}
