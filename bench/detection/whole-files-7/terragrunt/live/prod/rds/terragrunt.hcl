include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::git@github.com:acme-corp/infra-modules.git//rds?ref=v1.4.0"
}

inputs = {
  identifier        = "orders-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  username          = "orders_admin"
  password          = "Hbbg8r2c_rmApA."
  datadog_api_key   = "9b18ab48f21c2251748aa63883d8d9c5"
}
