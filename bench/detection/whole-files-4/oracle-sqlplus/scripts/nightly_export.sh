#!/bin/bash
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
$ORACLE_HOME/bin/sqlplus -s system/3h1V~^rP90jq0na7hZO@//ora-prod.acme-corp.net:1521/SHOPPDB <<EOF
SET PAGESIZE 0 FEEDBACK OFF
@/opt/scripts/export_orders.sql
EXIT
EOF
$ORACLE_HOME/bin/expdp shop/tIDatt2.LAT%CT@SHOPPDB schemas=SHOP directory=DPUMP dumpfile=shop_%U.dmp
