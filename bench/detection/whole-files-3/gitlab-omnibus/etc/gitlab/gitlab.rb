external_url 'https://git.acme-corp.net'
gitlab_rails['initial_root_password'] = 'q28qvM1xnyJD3euaj'
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.sendgrid.net"
gitlab_rails['smtp_user_name'] = "apikey"
gitlab_rails['smtp_password'] = "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"
gitlab_rails['db_password'] = "OvGPI2Bra3x_jRElp"
gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'LDAP',
    'host' => 'ldap.acme-corp.net',
    'bind_dn' => 'cn=gitlab,ou=services,dc=acme-corp,dc=net',
    'password' => '1svoQzFh0nJTKS'
  }
}
