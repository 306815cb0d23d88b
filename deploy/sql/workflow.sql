IF OBJECT_ID(N'[workflow].[__workflow_migrations]') IS NULL
BEGIN
    IF SCHEMA_ID(N'workflow') IS NULL EXEC(N'CREATE SCHEMA [workflow];');
    CREATE TABLE [workflow].[__workflow_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___workflow_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261127185420_Initial'
)
BEGIN
    IF SCHEMA_ID(N'workflow') IS NULL EXEC(N'CREATE SCHEMA [workflow];');
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261127185420_Initial'
)
BEGIN
    CREATE TABLE [workflow].[ApprovalSagas] (
        [RequestId] uniqueidentifier NOT NULL,
        [CurrentState] nvarchar(64) NOT NULL,
        [Version] int NOT NULL,
        [PrescriberId] nvarchar(128) NOT NULL,
        [ProtocolId] nvarchar(64) NOT NULL,
        [ProtocolVersion] int NOT NULL,
        [DailyDoseMg] decimal(9,2) NOT NULL,
        [Urgency] nvarchar(16) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [ReviewId] uniqueidentifier NOT NULL,
        [ReviewDueAt] datetimeoffset NOT NULL,
        [ApprovedDailyDoseMg] decimal(9,2) NULL,
        [DecidedBy] nvarchar(128) NULL,
        [DecidedAt] datetimeoffset NULL,
        [ClosedAt] datetimeoffset NULL,
        [TimelineSequence] int NOT NULL,
        CONSTRAINT [PK_ApprovalSagas] PRIMARY KEY ([RequestId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261127185420_Initial'
)
BEGIN
    CREATE INDEX [IX_ApprovalSagas_CurrentState] ON [workflow].[ApprovalSagas] ([CurrentState]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261127185420_Initial'
)
BEGIN
    INSERT INTO [workflow].[__workflow_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261127185420_Initial', N'10.0.15');
END;

COMMIT;
GO

