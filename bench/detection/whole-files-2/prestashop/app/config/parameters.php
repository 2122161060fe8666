<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'prestashop',
    'database_password' => 'mWToP-rv6yhvLb6',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => 'smtp.acme-corp.net',
    'mailer_user' => 'shop@acme-corp.net',
    'mailer_password' => '0ce_0dKJmfaiYuwD',
    'secret' => 'WWw9WAgz2pbXiZA4S0P7sTJvS6p0PCS5h6mbCgzjrtDWOy3KUqYyahPK9McAR2c5',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2026-11-30',
    'locale' => 'fr-FR',
    'cookie_key' => 'aSLILavgR4bHUDFp8rDO4TtfkDPUQJ1skVNuP0wTF8367K1LMn64K0wk',
    'cookie_iv' => 'rCvcj0QgHuNvZ9rmulPzrU5bfzgZBhjH',
    'new_cookie_key' => 'def000001d706293a2941ae9cf73167c6b6d37b27a1beecc66e212a038ba65d189a84354a2a8b1d857528d61ae5fe479c6c0297e99f9fd3e882561a97a9f8212257d7da6',
  ),
);
