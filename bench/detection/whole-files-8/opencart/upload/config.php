<?php
// HTTP
define('HTTP_SERVER', 'https://shop.acme-corp.net/');
// DIR
define('DIR_APPLICATION', '/var/www/opencart/catalog/');
define('DIR_STORAGE', '/var/www/storage/');
// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'oc_shop');
define('DB_PASSWORD', 'jKCo_e78XQ61jGu8Zi');
define('DB_DATABASE', 'opencart');
define('DB_PORT', '3306');
define('DB_PREFIX', 'oc_');
