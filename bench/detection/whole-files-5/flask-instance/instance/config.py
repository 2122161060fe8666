SECRET_KEY = "daf3dc9a69620439ac52a36ba48e2305cc50a4a7fb64484624ea3b06542046ae"
SQLALCHEMY_DATABASE_URI = "postgresql://portal:ystHBxmlUerRu7cj20@db.acme.lan/portal"
MAIL_SERVER = "smtp.gmail.com"
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = "noreply@acme-corp.net"
MAIL_PASSWORD = "pilsskdbomjanogy"
