-- What the services' login may do, granted by the schemas' owner after the migrations (deploy/sql/logins.sql explains):
--   sqlcmd -C -b -S <server> -d Approvals -U approvals_migrator -i deploy/sql/grants.sql
-- Row rights only: no ALTER, CONTROL or ownership anywhere, so no TRUNCATE, DROP or trigger change. Idempotent, and
-- run after every migration, since a table a migration rebuilds loses the rights granted on it.

-- Intake, review and workflow keep their rows up to date (requests, reviews, sagas, timers, inbox and outbox).
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[intake] TO [approvals_app];
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[review] TO [approvals_app];
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[workflow] TO [approvals_app];
GO

-- The audit schema table by table: the trail is appended and read, never changed (the head is read WITH (UPDLOCK,
-- HOLDLOCK), which SELECT allows); its consumer's inbox and outbox rows come and go like any other service's.
GRANT SELECT, INSERT ON [audit].[AuditEntries] TO [approvals_app];
GRANT SELECT, INSERT, UPDATE, DELETE ON [audit].[InboxState] TO [approvals_app];
GRANT SELECT, INSERT, UPDATE, DELETE ON [audit].[OutboxMessage] TO [approvals_app];
GRANT SELECT, INSERT, UPDATE, DELETE ON [audit].[BusOutboxMessage] TO [approvals_app];
GO
