datacenter = "eu-west-1"
data_dir   = "/opt/consul"
encrypt    = "1x+T9gPyCGZ6v7F3xUmIKQlLWrrWgP0zHHw6sgg6r/k="
acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    initial_management = "36272077-7bec-ec30-7efc-3193ce23cfd3"
    agent              = "692d9949-883b-c9a6-28d0-499406c1821b"
  }
}
