; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "127.0.0.1"
username = "matomo"
password = "7M9S7L6yQoYM+S"
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "3a984086ad10a7ade132d6377679b954"
trusted_hosts[] = "stats.acme-corp.net"
