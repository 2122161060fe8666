<?php
$CONFIG = array (
  'instanceid' => 'ocgu21IiSThT',
  'passwordsalt' => 'uEA5AFiS5EFRrtp4nARSflCSNGZekH',
  'secret' => 'sw7DfKoeRqaSp4qTDy21eW9OnpNFvQi7lJnMM6UEqMzkcoDt',
  'trusted_domains' =>
  array (
    0 => 'cloud.acme-corp.net',
  ),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'mysql',
  'version' => '30.0.2.2',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => 'GstacxTVSvQtE.7SP',
  'installed' => true,
  'mail_smtpname' => 'cloud@acme-corp.net',
  'mail_smtppassword' => 'qt9b0uoBSJw.StB84vyi',
);
