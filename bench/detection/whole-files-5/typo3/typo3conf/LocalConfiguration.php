<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '$2y$10$KSZ9zIVMEo7ny63PMYkR0uwz91pRdZ6l.THq7e2skN1AXg9xcKvFC',
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\BcryptPasswordHash',
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'typo3',
                'driver' => 'mysqli',
                'host' => 'db',
                'password' => 'SxZqD%PJ#27gT4@W',
                'user' => 'typo3',
            ],
        ],
    ],
    'SYS' => [
        'encryptionKey' => '5db155b442bd7a0225e3330357a9db77d1bf8a112c5df962785463cac55d54250a3662a434a06568a685485bc5806d8a',
        'sitename' => 'ACME Corporate',
    ],
];
