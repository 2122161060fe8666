admins = { "jane@acme-corp.net" }
storage = "sql"
sql = { driver = "PostgreSQL", database = "prosody", username = "prosody", password = "j-lObjG7Sbi9t", host = "db.internal.acme-corp.net" }

VirtualHost "acme-corp.net"

Component "gateway.acme-corp.net"
    component_secret = "hm6qBdh5SAuWeRecTY0EkDec"
