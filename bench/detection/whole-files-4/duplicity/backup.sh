#!/bin/sh
export PASSPHRASE='TG@G5xv@_d5XklcQJz'
export FTP_PASSWORD='nF_AjNTRNBvDO9pJ_5Q5tm'
duplicity --full-if-older-than 1M /srv/www sftp://backup@storage.acme-corp.net//srv/backup/www
unset PASSPHRASE FTP_PASSWORD
