<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'Nimbus*9113orchidDA',
  'prefix' => '',
  'host' => 'db',
  'port' => '3306',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
];

$settings['hash_salt'] = 'UAFn3rncImYS9Athmtdm0I_49IBtfrpE3n7-lRpNAuP0DP5Xq-r_Itu-_z578AK5Bq92n7dgQw';
$settings['update_free_access'] = FALSE;
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private';
