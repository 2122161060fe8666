"""
Django settings for acme project.
"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "r(f@8aglx$)fh8s2%^7dy!%^@1$vm=jsb4u8%&%jx!)y3yid2%"

DEBUG = False

ALLOWED_HOSTS = ["acme-corp.net", "www.acme-corp.net"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "storages",
    "shop",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "acme",
        "USER": "acme",
        "PASSWORD": "Nimbus!0260nimbus8j",
        "HOST": "db-prod-1.internal.acme-corp.net",
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"
EMAIL_PORT = 587

AWS_ACCESS_KEY_ID = "AKIAUFJGPN3HZD3GUHCO"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "acme-media"

STATIC_URL = "static/"
