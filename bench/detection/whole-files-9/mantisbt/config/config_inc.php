<?php
$g_hostname               = 'db.internal.acme-corp.net';
$g_db_type                = 'mysqli';
$g_database_name          = 'bugtracker';
$g_db_username            = 'mantis';
$g_db_password            = 'W2m4f4Z48zI^a';
$g_default_timezone       = 'Europe/Berlin';
$g_crypto_master_salt     = 'eUwH3YaV6Pvww+bhYoHvRSFexrpjvWBO0kljJ4HQOlQ=';
$g_smtp_host              = 'smtp.acme-corp.net';
$g_smtp_username          = 'mantis@acme-corp.net';
$g_smtp_password          = '3Tpq#iMWBf5f4DFC';
