ls -la
cd projects/billing-api
git pull
mysql -u root -pMaple.2470coppery8 -h 10.0.3.21 billing
vim config/database.yml
curl -u admin:Juniper+5192tundraAy https://jenkins.acme-corp.net/job/deploy/build
export AWS_SECRET_ACCESS_KEY=YhBmiq09wX5qITb4NFOqIQ1MWr7eTYH3ygZ97acf
aws s3 ls s3://acme-billing-exports/
psql postgresql://billing:Velvet%239402copperaH@db-prod-1.internal.acme-corp.net/billing
git clone https://deploybot: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@github.com/acme-corp/infra.git
sshpass -p 'Orchid!0443quartzvl' ssh ops@10.0.3.40
docker login -u acmeci -p Juniper.6804orchidXS registry.acme-corp.net
docker ps
htpasswd -b -c /etc/nginx/.htpasswd admin Juniper+0520maple2J
redis-cli -h cache-1 -a Nimbus_2990maplexf info
history | grep ssh
exit
