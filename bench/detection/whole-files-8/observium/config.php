<?php
## Check http://www.observium.org/docs/config_options/ for documentation of possible settings
$config['db_extension'] = 'mysqli';
$config['db_host']      = 'localhost';
$config['db_user']      = 'observium';
$config['db_pass']      = 'u26XMc#7KdnZPe';
$config['db_name']      = 'observium';

$config['install_dir'] = "/opt/observium";
$config['snmp']['community'] = array("2fw0nxqlyu92az");
$config['auth_mechanism'] = "mysql";
