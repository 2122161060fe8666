@testable import DredgeKit
import Testing

/// The cells a table parser reads as secrets: those under a column named as one, in CSV/TSV exports and SQL dumps,
/// never a column of digests or a password hash.
@Suite struct TableParserTests {
    private func values(_ text: String, path: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { raw in
            TableParser.entries(in: raw, path: path).map { String(decoding: raw[$0.value], as: UTF8.self) + "@" + $0.key }
        }
    }

    @Test func csvExportsAreReadByTheirHeader() {
        #expect(values("name,owner,api_token\nsearch,ops,Hq2Vw9Lz4Tx7\n", path: "a.csv") == ["Hq2Vw9Lz4Tx7@api_token"])
        // Excel: a byte-order mark, `;` between cells, CRLF line ends
        #expect(values("\u{FEFF}Name;Login;Password\r\nSMTP;alerts;Tz8Lq3Wx7N\r\n", path: "b.csv") == ["Tz8Lq3Wx7N@Password"])
        #expect(values("\"endpoint\",\"secret\"\n\"https://a.test/x,y\",\"e41d08c6\"\n", path: "c.csv") == ["e41d08c6@secret"])
        #expect(values("service\tusername\tpassword\nsmtp\talerts\tWq5Zx8Lm\n", path: "d.tsv") == ["Wq5Zx8Lm@password"])
        // a header's words may be split by blanks
        #expect(values("Service,API token\nsearch,Hq2Vw9Lz4Tx7Mc3Pn8Bd5G\n", path: "f.csv") == ["Hq2Vw9Lz4Tx7Mc3Pn8Bd5G@API token"])
        // a quoted cell may hold a line break; the next row is still read by its header
        #expect(values("note,token\n\"two\nlines\",Aa1Bb2Cc3D\nx, Dd4Ee5Ff6G \n", path: "e.csv") == ["Aa1Bb2Cc3D@token", "Dd4Ee5Ff6G@token"])
        // a first row with a number in it is data, not a header: no column is named by `Pass`
        #expect(values("2324,9800,0,Ardougne Underground Pass,36_153\n2529,9801,1,Gu'Tanoth,39_47\n", path: "obj-spawns.csv").isEmpty)
    }

    /// A Markdown page's pipe tables: the header over a delimiter row, each body row up to the first other line; cells
    /// trimmed of spaces and one pair of backticks, `\|` inside a cell, a row without its outer pipes.
    @Test func markdownPipeTablesAreReadByTheirHeader() {
        let page = """
            # Staging

            Log in with the table below | not a table.

            | service | user | password |
            |:--------|------|---------:|
            | admin panel | ops | `Tz8Lq3Wx7N-m2R5` |
            | queue \\| broker | mq | Hq2Vw9Lz4T |
            mail | alerts | Wq5Zx8Lm2N
            | short row |

            After the table: | password | Kq7Lm2Xv9T |

            """
        #expect(values(page, path: "wiki/Staging.md") == ["Tz8Lq3Wx7N-m2R5@password", "Hq2Vw9Lz4T@password", "Wq5Zx8Lm2N@password"])
        // no delimiter row, no table; a delimiter row of another width is none either
        #expect(values("| user | password |\n| ops | Tz8Lq3Wx7N |\n", path: "a.md").isEmpty)
        #expect(values("| user | password |\n|---|\n| ops | Tz8Lq3Wx7N |\n", path: "b.md").isEmpty)
        // a grammar's `Token` column holds code, and a glob is no value: a drawn value has letters and digits
        #expect(values("| Symbol | Token |\n|---|---|\n| `[` | `.beginGroup` |\n| q | rabbitmq_* |\n", path: "d.md").isEmpty)
        // a bare `Key` column of a document names keys
        #expect(values("| Key | Action |\n|---|---|\n| Ctrl+Shift+P9 | palette |\n", path: "c.markdown").isEmpty)
        // cut anywhere, the reader stops without reading out of bounds
        let bytes = Array(page.utf8)
        for end in 0...bytes.count {
            _ = Array(bytes[..<end]).withUnsafeBytes { TableParser.entries(in: $0, path: "cut.md") }
        }
    }

    @Test func sqlDumpsAreReadByTheirColumnLists() {
        let copy = "COPY public.api_tokens (id, name, token) FROM stdin;\n1\tci\tWq5Zx8Lm2N\n2\tcd\t\\N\n\\.\nSELECT 1;\n"
        #expect(values(copy, path: "dump.sql") == ["Wq5Zx8Lm2N@token"])
        let insert = "INSERT INTO service_tokens (service, token) VALUES\n  ('search', 'Aa1Bb2Cc3D'),\n  ('mail', now(), 'x'),\n  ('it''s', 'Dd4Ee5Ff6G');\n"
        #expect(values(insert, path: "seed.sql") == ["Aa1Bb2Cc3D@token", "Dd4Ee5Ff6G@token"])
        // no column list: nothing names the values, unless the table's `CREATE TABLE` came first
        #expect(values("INSERT INTO `users` VALUES (1,'admin','Hq2Vw9Lz4T');\n", path: "shop.sql").isEmpty)
        let created = "CREATE TABLE `users` (\n  `id` int NOT NULL,\n  `login` varchar(32),\n  `password` varchar(64),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
            + "-- a comment with a quote ' in it\nINSERT INTO `users` VALUES (1,'admin','Hq2Vw9Lz4T'),(2,'o\\'neil','Tz8Lq3Wx7N');\n"
        #expect(values(created, path: "shop.sql") == ["Hq2Vw9Lz4T@password", "Tz8Lq3Wx7N@password"])
    }

    /// Read on DVWA's and mutillidae's setup scripts (bench/recall): a program keeps its seed in string literals, the
    /// `CREATE TABLE` in one, the `INSERT` in another; a literal may go on in the next (`' .` then `'`), and its strings
    /// are `"…"` inside a single-quoted literal. What the program splices in, binds or keeps outside a literal is no cell.
    @Test func sqlInAProgramsStringLiteralsIsReadByItsTable() {
        let php = """
            $create = "CREATE TABLE users (user_id int(6), login varchar(15), password varchar(32), PRIMARY KEY (user_id));";
            run($create);
            $insert = "INSERT INTO users VALUES
                ('1','admin',MD5('Hq2Vw9Lz4T'),'{$base}admin.jpg'),
                ('2','gordonb',MD5('abc123'),'{$base}gordonb.jpg');";
            $accounts = 'CREATE TABLE accounts( ' .
                'cid INT NOT NULL, ' .
                'username TEXT, ' .
                'password TEXT)';
            $fill = 'INSERT INTO accounts VALUES
                (1, "root", "Tz8Lq3Wx7N"),
                (2, "guest", "' . bin2hex(random_bytes(8)) . '")';
            $spliced = "INSERT INTO users (login, password) VALUES ('" . $login . "', '" . $secret . "')";
            // INSERT INTO users (login, password) VALUES ('ops', 'Wq5Zx8Lm2N')
            """
        #expect(values(php, path: "setup/MySQL.php") == ["Hq2Vw9Lz4T@password", "abc123@password", "Tz8Lq3Wx7N@password"])
        let android = "db.execSQL(\"INSERT INTO creds (name, api_secret) VALUES ('ci', 'Vb8Kq3Zt6Wm1Xr9Lp4Nd')\");\n"
            + "db.execSQL(\"INSERT INTO creds (name, api_secret) VALUES (?, ?)\", args);\n"
        #expect(values(android, path: "app/src/main/java/a/Store.java") == ["Vb8Kq3Zt6Wm1Xr9Lp4Nd@api_secret"])
        // a format's slots the program fills (notification-api's migration: `VALUES ('{}', …, '{}')`.format(…))
        let migration = "    user_insert = \"\"\"INSERT INTO users (id, name, _password) VALUES ('{}', 'Notify', '{}')\n    \"\"\"\n"
            + "    other = \"INSERT INTO users (id, password) VALUES ('%s', '%(pw)s'), (2, '#{pass}'), (3, ':pw'), (4, '{{ pw }}')\"\n"
        #expect(values(migration, path: "migrations/versions/0025_data.py").isEmpty)
        #expect(!RecordExtractor.isFormatSlot("{Hq2Vw9Lz4T") && !RecordExtractor.isFormatSlot("a{b}") && RecordExtractor.isFormatSlot("{0}"))
        // the same text in a file of another kind is no program's SQL
        #expect(values(php, path: "docs/setup.txt").isEmpty)
        // cut anywhere, the reader stops without reading out of bounds
        let bytes = Array(php.utf8)
        for end in 0...bytes.count {
            _ = Array(bytes[..<end]).withUnsafeBytes { TableParser.entries(in: $0, path: "cut.php") }
        }
    }

    /// Read on bitwarden/server: a T-SQL stored procedure inserts its parameters (`VALUES (@Id, @PrivateKey, …)`) and a
    /// PL/pgSQL function its arguments (`par_PrivateKey`): names in code, not a row's values. Numbers stay values.
    @Test func parametersOfAStatementAreNoValues() {
        let procedure = "CREATE PROCEDURE [dbo].[Org_Create] @Id UNIQUEIDENTIFIER, @PrivateKey VARCHAR(MAX)\nAS\nBEGIN\n"
            + "    INSERT INTO [dbo].[Organization] ([Id], [PrivateKey], [LicenseKey])\n    VALUES (@Id, @PrivateKey, @LicenseKey)\nEND\n"
        #expect(values(procedure, path: "Org_Create.sql").isEmpty)
        #expect(values("INSERT INTO app.account (id, secretkey) VALUES (par_Id, par_SecretKey);\n", path: "f.sql").isEmpty)
        #expect(values("INSERT INTO pins (id, secret) VALUES (1, 482913), (2, -7);\n", path: "p.sql") == ["482913@secret", "-7@secret"])
    }

    @Test func digestsAndPasswordHashesAreNoSecrets() {
        #expect(values("name,token_sha256,password_hash,api_key_id\nci,7be41d08,abc,AKID1\n", path: "t.csv").isEmpty)
        #expect(values("COPY public.users (id, password) FROM stdin;\n1\t$2b$12$Hq2Vw9Lz4Tx7Mc3Pn8Bd5G\n\\.\n", path: "u.sql").isEmpty)
        #expect(values("id,name,email,phone\n1,Ann,ann@shop.test,+44 7700 912345\n", path: "people.csv").isEmpty)
        #expect(values("Name;Login;Password\r\nSMTP;alerts;(in vault)\r\n", path: "p.csv").isEmpty)
        // phpass (WordPress, phpBB), and a reset key kept as its time and its hash
        let users = "INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_activation_key`) VALUES "
            + "(1,'ann','$P$Bq7Lm2Xv9Tz4Wn8Rc1Hb6Jd3Fs5Gp0','1549976124:$P$Bk3Vw8Nz2Lq5Tx9Mc4Rd7Hp1Fs6Jb0');\n"
        #expect(values(users, path: "wp.sql").isEmpty)
        #expect(values("user,password\nann,1549976124:Wq5Zx8Lm2N\n", path: "u.csv") == ["1549976124:Wq5Zx8Lm2N@password"])
        // an unsalted hex digest in a password column (MD5 of `123456` here); a hex client secret stays a secret
        #expect(values("INSERT INTO ums_admin (id, username, password) VALUES (3, 'admin', 'e10adc3949ba59abbe56e057f20f883e');\n",
                       path: "mall.sql").isEmpty)
        #expect(values("app,client_secret\nweb,9f2c4e7a1b3d5f6081a2c3e4d5f60718\n", path: "apps.csv") == ["9f2c4e7a1b3d5f6081a2c3e4d5f60718@client_secret"])
        // Spring Security's StandardPasswordEncoder: an 8-byte salt and a SHA-256 digest, 80 hex digits (piggymetrics)
        #expect(values("INSERT INTO users (id, username, PASSWORD) VALUES(1, 'en_demo', '7ffc4ff5c8e8d6dbf8ca5b0f094e9c5c03a2903e6d82bde7467bd39a47a3d6310b15c548bab350e0');\n", path: "init.sql").isEmpty)
    }

    /// An entity-attribute-value table names each row's attribute in its `…_key` column; the row's value is beside it.
    @Test func attributeNamesInAKeyValueTableAreNoSecrets() {
        let meta = "INSERT INTO `wp_postmeta` (`meta_id`, `post_id`, `meta_key`, `meta_value`) VALUES "
            + "(1,2,'_wp_page_template','default'),(9,6,'_oembed_time_efdb24afda21b5f020fd2ad8ef763cf6','1549966058');\n"
        #expect(values(meta, path: "wp.sql").isEmpty)
        // without its value column, a `…_key` column is still read as keys
        #expect(values("INSERT INTO licences (product, licence_key) VALUES ('pro', 'Wq5Zx8Lm2NHq2Vw9');\n", path: "l.sql")
            == ["Wq5Zx8Lm2NHq2Vw9@licence_key"])
    }

    /// A column named only as a key often holds the record's key (a feature flag's, a setting's), written as a name.
    @Test func namesUnderAKeyColumnAreNoSecrets() {
        let flags = "INSERT IGNORE INTO feature_flags (flag_key, description) VALUES ('ADD_NEW_PET', 'Lets users add pets');\n"
            + "INSERT INTO settings (`key`, value) VALUES ('checkout.Enabled', 'true'), ('Wq5Zx8Lm2N', 'x');\n"
        #expect(values(flags, path: "data.sql") == ["Wq5Zx8Lm2N@key"])
        // a setting's dotted path, digits in a part (listmonk's `upload.s3.bucket`); two parts or no word is no path
        let settings = "INSERT INTO settings (key, value) VALUES ('upload.s3.aws_secret_access_key', '\"\"'), ('upload.s3.bucket', '\"\"'),"
            + " ('ab.c4.x9', 'y'), ('k9.zq', 'y');\n"
        #expect(values(settings, path: "schema.sql") == ["ab.c4.x9@key", "k9.zq@key"])
        // a page's address (bagisto's product slugs under `url_key`)
        #expect(values("INSERT INTO `product_flat` (`id`, `sku`, `url_key`) VALUES (1, 'PUFFJKT2023-variant-39-8', 'puffjkt2023-variant-39-8');\n",
                       path: "bagisto.sql").isEmpty)
        // under a password's name a name-like value is still a password
        #expect(values("user,password\nann,Correct-Horse-Battery\n", path: "u.csv") == ["Correct-Horse-Battery@password"])
    }
}
