-- Least-privilege logins for SQL Server, run once per server by a sysadmin before the migrations:
--   sqlcmd -C -b -S <server> -U sa -i deploy/sql/logins.sql
-- The passwords come from the sqlcmd variables (or environment variables) APPROVALS_DB_MIGRATOR_PASSWORD and
-- APPROVALS_DB_APP_PASSWORD; a password may not contain a single quote. Idempotent: run it again at every deployment.
--
-- approvals_migrator owns the four service schemas: it runs deploy/sql/{intake,review,workflow,audit}.sql and then
-- deploy/sql/grants.sql. approvals_app, the login the services connect as, gets no right here and only row rights in
-- grants.sql: without ALTER it can neither TRUNCATE nor DROP the audit trail, nor disable the triggers that refuse
-- UPDATE and DELETE on it.

IF DB_ID(N'Approvals') IS NULL
    CREATE DATABASE [Approvals];
GO

IF SUSER_ID(N'approvals_migrator') IS NULL
    CREATE LOGIN [approvals_migrator] WITH PASSWORD = '$(APPROVALS_DB_MIGRATOR_PASSWORD)', DEFAULT_DATABASE = [Approvals];
IF SUSER_ID(N'approvals_app') IS NULL
    CREATE LOGIN [approvals_app] WITH PASSWORD = '$(APPROVALS_DB_APP_PASSWORD)', DEFAULT_DATABASE = [Approvals];
GO

USE [Approvals];
GO

IF USER_ID(N'approvals_migrator') IS NULL
    CREATE USER [approvals_migrator] FOR LOGIN [approvals_migrator];
IF USER_ID(N'approvals_app') IS NULL
    CREATE USER [approvals_app] FOR LOGIN [approvals_app];
GO

-- Tables, indexes and triggers inside its own schemas need nothing more than this; no role, no database ownership.
GRANT CREATE TABLE TO [approvals_migrator];
GO

-- A schema made by an earlier deployment (as sa, or by migrate-on-start) changes hands too, with the tables in it.
IF SCHEMA_ID(N'intake') IS NULL EXEC(N'CREATE SCHEMA [intake]');
ALTER AUTHORIZATION ON SCHEMA::[intake] TO [approvals_migrator];
IF SCHEMA_ID(N'review') IS NULL EXEC(N'CREATE SCHEMA [review]');
ALTER AUTHORIZATION ON SCHEMA::[review] TO [approvals_migrator];
IF SCHEMA_ID(N'workflow') IS NULL EXEC(N'CREATE SCHEMA [workflow]');
ALTER AUTHORIZATION ON SCHEMA::[workflow] TO [approvals_migrator];
IF SCHEMA_ID(N'audit') IS NULL EXEC(N'CREATE SCHEMA [audit]');
ALTER AUTHORIZATION ON SCHEMA::[audit] TO [approvals_migrator];
GO
