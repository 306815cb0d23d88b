-- The two PostgreSQL roles of a distributed deployment, run once by an administrator on the approvals database:
--   psql -d approvals -v migrator=approvals_migrator -v app=approvals_app \
--        -v migrator_password=... -v app_password=... -f deploy/postgres/roles.sql
-- The migrator applies the migrations (Database:MigrateOnStartup=true for one run, or the migration Job) and so owns
-- every schema and table; the services log in as the app role, with row rights only (grants.sql): a role that owns
-- nothing can neither drop nor disable the triggers that keep the audit trail append-only.
\set ON_ERROR_STOP on

CREATE ROLE :"migrator" LOGIN PASSWORD :'migrator_password';
CREATE ROLE :"app" LOGIN PASSWORD :'app_password';

SELECT current_database() AS database \gset
-- CREATE on the database lets the migrator create the services' schemas; the app role only connects.
GRANT CONNECT, CREATE ON DATABASE :"database" TO :"migrator";
GRANT CONNECT ON DATABASE :"database" TO :"app";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
