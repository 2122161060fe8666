ALLOWED_HOSTS = ['netbox.acme-corp.net']

DATABASE = {
    'ENGINE': 'django.db.backends.postgresql',
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'Sjpxzrp*HwFM9FVSbS',
    'HOST': 'localhost',
    'PORT': '',
    'CONN_MAX_AGE': 300,
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PORT': 6379, 'USERNAME': '', 'PASSWORD': 'RcZkh3WsoMxfua', 'DATABASE': 0, 'SSL': False},
    'caching': {'HOST': 'localhost', 'PORT': 6379, 'USERNAME': '', 'PASSWORD': '', 'DATABASE': 1, 'SSL': False},
}

SECRET_KEY = 'IsU%wLoM_*j1NPT#O-TW3_z@B%OGR&cYWmnvhQVky+I^zkM=qf'
