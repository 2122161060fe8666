<?php
$servers = new Datastore();
$servers->newServer('ldap_pla');
$servers->setValue('server','name','ACME LDAP');
$servers->setValue('server','host','ldap.acme-corp.net');
$servers->setValue('login','auth_type','config');
$servers->setValue('login','bind_id','cn=admin,dc=acme-corp,dc=net');
$servers->setValue('login','bind_pass','p8Bnd0KlL6H^R');
$config->custom->session['blowfish'] = 'JOJGTVJrrlWSfWaF6IPvkEgo8yn14Gmq';
?>
