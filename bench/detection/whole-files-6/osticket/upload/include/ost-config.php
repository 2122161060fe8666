<?php
if(!strcasecmp(basename($_SERVER['SCRIPT_NAME']),basename(__FILE__)) || !defined('INCLUDE_DIR'))
    die('kwaheri rafiki!');

define('OSTINSTALLED',TRUE);
define('SECRET_SALT','8T3GE74FKQJC0J6ABQ35SKQG15X02KPF');
define('ADMIN_EMAIL','helpdesk@acme-corp.net');
define('DBTYPE','mysql');
define('DBHOST','localhost');
define('DBNAME','osticket');
define('DBUSER','osticket');
define('DBPASS','9v6SrlJ4_J8%ovR2ulb');
define('TABLE_PREFIX','ost_');
