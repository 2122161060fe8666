// loaded by the mongo shell on start
DBQuery.shellBatchSize = 50;
var prod = connect("mongodb://mongo1.acme-corp.net:27017/admin");
prod.auth("siteRootAdmin", "6c7%B1U8mMknhTlDHdj!SS");
var reporting = new Mongo("mongo-ro.acme-corp.net:27017").getDB("reporting");
reporting.auth({user: "reader", pwd: "CzZ@fgIkcCxE4hhT", mechanism: "SCRAM-SHA-256"});
prompt = function() { return db.getName() + "> "; };
