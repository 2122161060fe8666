import os

ROW_LIMIT = 5000
SECRET_KEY = "UvIFOkCoDLNacbUL9aEwiuReUXLDc1d2xEkTxPse1A"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:DgXW7R9MjdlC+I@db.acme-corp.net:5432/superset"

SMTP_HOST = "smtp.acme-corp.net"
SMTP_PORT = 587
SMTP_USER = "superset@acme-corp.net"
SMTP_PASSWORD = "8ZlpU0BHc8ktS"
SMTP_MAIL_FROM = "superset@acme-corp.net"
FEATURE_FLAGS = {"ALERT_REPORTS": True}
