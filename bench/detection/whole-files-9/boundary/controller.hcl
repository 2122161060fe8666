disable_mlock = true
controller {
  name = "boundary-controller-1"
  database {
    url = "postgresql://boundary:hluabu0qymYuNIl^@db.internal.acme-corp.net:5432/boundary"
  }
}
kms "aead" {
  purpose   = "root"
  aead_type = "aes-gcm"
  key       = "FBAHRkm/AJqsADO3De6Jgxc3+QHolOdtMn+fNoF0U34="
  key_id    = "global_root"
}
kms "aead" {
  purpose   = "worker-auth"
  aead_type = "aes-gcm"
  key       = "2ld042+p36BsjY6GWHr3RGdpf+D5vb6aEh9iSiPuZEk="
  key_id    = "global_worker-auth"
}
