IF OBJECT_ID(N'[review].[__review_migrations]') IS NULL
BEGIN
    IF SCHEMA_ID(N'review') IS NULL EXEC(N'CREATE SCHEMA [review];');
    CREATE TABLE [review].[__review_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___review_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261127185409_Initial'
)
BEGIN
    IF SCHEMA_ID(N'review') IS NULL EXEC(N'CREATE SCHEMA [review];');
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261127185409_Initial'
)
BEGIN
    CREATE TABLE [review].[Reviews] (
        [Id] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [PrescriberId] nvarchar(128) NOT NULL,
        [ProtocolId] nvarchar(64) NOT NULL,
        [ProtocolVersion] int NOT NULL,
        [DailyDoseMg] decimal(9,2) NOT NULL,
        [Urgency] nvarchar(16) NOT NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [DueAt] datetimeoffset NOT NULL,
        [Questions] nvarchar(max) NOT NULL,
        [Answer] nvarchar(max) NULL,
        [AnsweredAt] datetimeoffset NULL,
        [Outcome] nvarchar(32) NULL,
        [ApprovedDailyDoseMg] decimal(9,2) NULL,
        [ReasonCode] nvarchar(64) NULL,
        [Rationale] nvarchar(max) NULL,
        [DecidedBy] nvarchar(128) NULL,
        [DecidedAt] datetimeoffset NULL,
        [CancelReason] nvarchar(max) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Reviews] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261127185409_Initial'
)
BEGIN
    CREATE INDEX [IX_Reviews_RequestId] ON [review].[Reviews] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261127185409_Initial'
)
BEGIN
    CREATE INDEX [IX_Reviews_Status_DueAt_Id] ON [review].[Reviews] ([Status], [DueAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261127185409_Initial'
)
BEGIN
    INSERT INTO [review].[__review_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261127185409_Initial', N'10.0.15');
END;

COMMIT;
GO

