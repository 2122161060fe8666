datacenter = "dc1"
data_dir   = "/opt/nomad/data"

server {
  enabled          = true
  bootstrap_expect = 3
  encrypt          = "Oy2evC5Gbe4vht7ZrIGGvj11W4I9k3VGgkEubUnVoEM="
}

acl {
  enabled = true
}

vault {
  enabled = true
  address = "https://vault.acme-corp.net:8200"
  token   = "hvs.G7MmgRi4ZiR35Wu7WD4TNOfs"
}
