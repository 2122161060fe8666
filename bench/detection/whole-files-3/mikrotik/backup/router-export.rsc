# 2026-11-28 09:14:51 by RouterOS 7.16.1
# software id = 9WF2-KOJ7
#
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=office passphrase="LV+-bTabu6Mf"
/ppp secret
add name=jdoe password=7aXvj5L2p*5XO2OA0P profile=vpn service=l2tp
/user
add group=full name=netops password="3WGZi1ibkXoOuVQtwkg"
/ip service
set telnet disabled=yes
