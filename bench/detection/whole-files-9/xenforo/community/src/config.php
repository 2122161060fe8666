<?php

$config['db']['host'] = 'localhost';
$config['db']['port'] = '3306';
$config['db']['username'] = 'xf_community';
$config['db']['password'] = 'J52s9SXw#jieTw';
$config['db']['dbname'] = 'xenforo';
$config['db']['socket'] = null;

$config['fullUnicode'] = true;
$config['superAdmins'] = '1';
