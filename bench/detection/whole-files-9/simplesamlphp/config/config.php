<?php
$config = [
    'baseurlpath' => 'simplesaml/',
    'technicalcontact_name' => 'Jane Doe',
    'technicalcontact_email' => 'jane.doe@acme-corp.net',
    'secretsalt' => 'xm2fe6r47szned6oso84q5c8niueiumv',
    'auth.adminpassword' => 'BHPwnyi@otN2sqE28',
    'admin.protectindexpage' => false,
    'timezone' => 'Europe/Berlin',
];
