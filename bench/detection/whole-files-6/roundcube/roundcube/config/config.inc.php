<?php
$config = [];
$config['db_dsnw'] = 'mysql://roundcube:uApzIStiuAWejg2gkiNz@localhost/roundcubemail';
$config['imap_host'] = 'ssl://mail.acme-corp.net:993';
$config['smtp_host'] = 'tls://mail.acme-corp.net:587';
$config['support_url'] = '';
$config['des_key'] = 'N4Ye8SmBSPpOFY5eTdKIM86u';
$config['plugins'] = ['archive', 'zipdownload'];
$config['skin'] = 'elastic';
