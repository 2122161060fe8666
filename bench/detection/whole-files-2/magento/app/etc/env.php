<?php
return [
    'backend' => [
        'frontName' => 'admin_1qx7rz'
    ],
    'crypt' => [
        'key' => 'af37abc467b8ea252ef64a08119668c2'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'localhost',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'fbEz7qXc-qt6iZ',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1'
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'MAGE_MODE' => 'production',
    'install' => [
        'date' => 'Mon, 30 Nov 2026 10:12:44 +0000'
    ]
];
