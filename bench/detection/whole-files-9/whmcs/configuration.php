<?php
$license = 'WHMCS-WXCKO70TZXEXWMFWP5ZE';
$db_host = 'localhost';
$db_port = '';
$db_username = 'whmcs_usr';
$db_password = '2XfsWd3Ls^XJZzN9R';
$db_name = 'whmcs_db';
$cc_encryption_hash = 'Ne7tcrLY3ZtbOfEhP5fFAvGfB75Uhkz1VXIuDc9lDpcnw5beCqVTEeetJ1hMadgQ';
$templates_compiledir = 'templates_c';
$mysql_charset = 'utf8';
