-- The app role's rights, granted by the migrator after each release's migrations (tables a migration adds need them):
--   psql -d approvals -U approvals_migrator -v app=approvals_app -f deploy/postgres/grants.sql
-- Rows in every service's tables; on the audit trail, reading and appending alone.
\set ON_ERROR_STOP on

GRANT USAGE ON SCHEMA intake, review, workflow, audit TO :"app";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA intake, review, workflow, audit TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA intake, review, workflow, audit TO :"app";
REVOKE UPDATE, DELETE, TRUNCATE ON audit."AuditEntries" FROM :"app";
