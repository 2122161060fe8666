source "vsphere-iso" "ubuntu" {
  vcenter_server      = "vcenter.acme.lan"
  username            = "packer@vsphere.local"
  password            = "V1hBnX.q%0.18orR"
  insecure_connection = true
  datacenter          = "DC1"
  cluster             = "Prod"
  guest_os_type       = "ubuntu64Guest"
  ssh_username        = "ubuntu"
  ssh_password        = "WFcZAuKcKGYhw4"
  ssh_timeout         = "30m"
}

build {
  sources = ["source.vsphere-iso.ubuntu"]
}
