<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'mysql-prod.acme-corp.net',
	'username' => 'shop_app',
	'password' => 'ei29aPsTiZK1uGku+LL',
	'database' => 'shop',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'char_set' => 'utf8mb4',
	'dbcollat' => 'utf8mb4_unicode_ci',
);
