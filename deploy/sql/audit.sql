IF OBJECT_ID(N'[audit].[__audit_migrations]') IS NULL
BEGIN
    IF SCHEMA_ID(N'audit') IS NULL EXEC(N'CREATE SCHEMA [audit];');
    CREATE TABLE [audit].[__audit_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___audit_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    IF SCHEMA_ID(N'audit') IS NULL EXEC(N'CREATE SCHEMA [audit];');
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE TABLE [audit].[AuditEntries] (
        [Sequence] bigint NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [ActorId] nvarchar(128) NOT NULL,
        [ActorName] nvarchar(max) NULL,
        [ActorRole] nvarchar(32) NULL,
        [Action] nvarchar(64) NOT NULL,
        [EntityType] nvarchar(32) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [EntityVersion] int NULL,
        [RequestId] uniqueidentifier NULL,
        [OldValues] nvarchar(max) NULL,
        [NewValues] nvarchar(max) NULL,
        [Reason] nvarchar(max) NULL,
        [CorrelationId] uniqueidentifier NULL,
        [MessageId] uniqueidentifier NULL,
        [PreviousHash] nchar(64) NULL,
        [Hash] nchar(64) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE TABLE [audit].[BusOutboxMessage] (
        [Id] bigint NOT NULL IDENTITY,
        [MessageId] uniqueidentifier NOT NULL,
        [MessageType] nvarchar(256) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [DestinationAddress] nvarchar(256) NULL,
        [Created] datetimeoffset NOT NULL,
        [DeliveredAt] datetimeoffset NULL,
        [LockId] uniqueidentifier NULL,
        [LockedUntil] datetimeoffset NULL,
        CONSTRAINT [PK_BusOutboxMessage] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE TABLE [audit].[InboxState] (
        [Id] bigint NOT NULL IDENTITY,
        [MessageId] uniqueidentifier NOT NULL,
        [ConsumerId] uniqueidentifier NOT NULL,
        [Received] datetimeoffset NOT NULL,
        [ReceiveCount] int NOT NULL,
        [Consumed] datetimeoffset NULL,
        [Delivered] datetimeoffset NULL,
        [LastSequenceNumber] bigint NULL,
        CONSTRAINT [PK_InboxState] PRIMARY KEY ([Id]),
        CONSTRAINT [AK_InboxState_MessageId_ConsumerId] UNIQUE ([MessageId], [ConsumerId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE TABLE [audit].[OutboxMessage] (
        [SequenceNumber] bigint NOT NULL IDENTITY,
        [InboxMessageId] uniqueidentifier NOT NULL,
        [InboxConsumerId] uniqueidentifier NOT NULL,
        [MessageId] uniqueidentifier NOT NULL,
        [ContentType] nvarchar(256) NOT NULL,
        [MessageType] nvarchar(max) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Headers] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [ConversationId] uniqueidentifier NULL,
        [CorrelationId] uniqueidentifier NULL,
        [InitiatorId] uniqueidentifier NULL,
        [RequestId] uniqueidentifier NULL,
        [SourceAddress] nvarchar(256) NULL,
        [DestinationAddress] nvarchar(256) NULL,
        [ResponseAddress] nvarchar(256) NULL,
        [FaultAddress] nvarchar(256) NULL,
        [SentTime] datetime2 NOT NULL,
        [DeliveredAt] datetimeoffset NULL,
        [EnqueueTime] datetime2 NULL,
        [ExpirationTime] datetime2 NULL,
        CONSTRAINT [PK_OutboxMessage] PRIMARY KEY ([SequenceNumber])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_Action_Sequence] ON [audit].[AuditEntries] ([Action], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_ActorId_Sequence] ON [audit].[AuditEntries] ([ActorId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AuditEntries_MessageId] ON [audit].[AuditEntries] ([MessageId]) WHERE [MessageId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAt_Sequence] ON [audit].[AuditEntries] ([OccurredAt], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_RequestId_Sequence] ON [audit].[AuditEntries] ([RequestId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockedUntil] ON [audit].[BusOutboxMessage] ([LockedUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockId] ON [audit].[BusOutboxMessage] ([LockId]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE INDEX [IX_InboxState_Delivered] ON [audit].[InboxState] ([Delivered]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber] ON [audit].[OutboxMessage] ([InboxMessageId], [InboxConsumerId], [SequenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    EXEC(N'CREATE TRIGGER [audit].[AuditEntries_refuse_update] ON [audit].[AuditEntries] INSTEAD OF UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        THROW 51000, N''Audit entries are append-only: UPDATE refused.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    EXEC(N'CREATE TRIGGER [audit].[AuditEntries_refuse_delete] ON [audit].[AuditEntries] INSTEAD OF DELETE AS
    BEGIN
        SET NOCOUNT ON;
        THROW 51000, N''Audit entries are append-only: DELETE refused.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261127220207_Initial'
)
BEGIN
    INSERT INTO [audit].[__audit_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261127220207_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261207222606_BusOutboxTraceParent'
)
BEGIN
    ALTER TABLE [audit].[BusOutboxMessage] ADD [TraceParent] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [audit].[__audit_migrations]
    WHERE [MigrationId] = N'20261207222606_BusOutboxTraceParent'
)
BEGIN
    INSERT INTO [audit].[__audit_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207222606_BusOutboxTraceParent', N'10.0.15');
END;

COMMIT;
GO

