<?php
/**
 * phpMyAdmin configuration file
 */
$cfg['blowfish_secret'] = 'N5ppPNGepoLSM7Qu4Kchfdu1pz#7QY[^';

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['user'] = 'root';
$cfg['Servers'][$i]['password'] = 'Copper&5188harborYZ';
$cfg['Servers'][$i]['AllowNoPassword'] = false;

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
