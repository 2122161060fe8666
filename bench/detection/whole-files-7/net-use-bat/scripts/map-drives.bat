@echo off
rem map the team shares at logon
net use Z: \\fs01.acme-corp.net\projects 1eizw_3rBn*GoUVI /user:ACME\svc_backup /persistent:yes
net use Y: \\fs02\finance /user:ACME\jdoe JV07aKnnaNB3QAM+Is3+
cmdkey /add:sql01.acme-corp.net /user:ACME\svc_sql /pass:LxtGQ~-WDXtqOhlP7R
schtasks /create /tn "Nightly backup" /tr C:\scripts\backup.cmd /sc daily /st 02:00 /ru ACME\svc_backup /rp _ng-cYOGE6YioNSzO3
exit /b 0
