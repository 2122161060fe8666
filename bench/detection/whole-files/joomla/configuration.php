<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Acme Intranet';
	public $editor = 'tinymce';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'joomla';
	public $password = 'Velvet%3811juniper1j';
	public $db = 'joomla';
	public $dbprefix = 'jos_';
	public $secret = 'DOLAGn307N0pJ6ck';
	public $mailer = 'smtp';
	public $mailfrom = 'intranet@acme-corp.net';
	public $smtpauth = true;
	public $smtpuser = 'intranet@acme-corp.net';
	public $smtppass = 'Harbor@9361orchidDL';
	public $smtphost = 'smtp.acme-corp.net';
	public $smtpport = 587;
	public $log_path = '/var/www/html/administrator/logs';
	public $tmp_path = '/var/www/html/tmp';
}
