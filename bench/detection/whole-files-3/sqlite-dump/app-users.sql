PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE auth_user (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, password varchar(128) NOT NULL, last_login datetime NULL, is_superuser bool NOT NULL, username varchar(150) NOT NULL UNIQUE, email varchar(254) NOT NULL);
INSERT INTO auth_user VALUES(1,'pbkdf2_sha256$870000$CUlqEW5b8S4lgDEE0lJWhH$JK7e/yAvDrGSBvhPJ4yNqI4Y4rWR69D5WVlOUF+pLPA=','2026-11-29 08:12:44.104311',1,'admin','admin@acme-corp.net');
INSERT INTO auth_user VALUES(2,'pbkdf2_sha256$870000$hSlEv9URIStIYrYrk9gjnN$mQ1WmFFCMezBpijQq/qGsYKDJAa3WyJKPg5teaNKnkk=','2026-11-30 17:40:02.551870',0,'jdoe','jane.doe@acme-corp.net');
INSERT INTO auth_user VALUES(3,'pbkdf2_sha256$870000$S14EyhhMUwNc7StK5iaye7$R6Zd1gUhZ4geDjEZiw0RTbCM/KWGlxCjbqLS4P0qGS4=',NULL,0,'mbrown','m.brown@mailbox.example');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('auth_user',3);
COMMIT;
