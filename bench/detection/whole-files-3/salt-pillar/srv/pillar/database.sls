postgres:
  users:
    shop:
      ensure: present
      password: '9mSsw!V1RRn.9Ct-+Z'
      createdb: False
mysql.host: 'db01.acme-corp.net'
mysql.user: 'salt'
mysql.pass: 'kXd!-9WkpOYSzfZ88V'
smtp:
  relay: smtp.sendgrid.net
  api_key: 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
