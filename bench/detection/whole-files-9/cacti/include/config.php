<?php
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = 'OXlecCfweMt+px4fj';
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;

$poller_id = 1;
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
