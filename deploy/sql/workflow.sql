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
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    IF SCHEMA_ID(N'workflow') IS NULL EXEC(N'CREATE SCHEMA [workflow];');
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
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
        [CaseContent] nvarchar(max) NULL,
        [LatestFollowUp] nvarchar(max) NULL,
        [ProtocolTerms] nvarchar(max) NULL,
        [RequiredReview] nvarchar(32) NOT NULL,
        [RequiredSpecialists] int NOT NULL,
        [ReviewId] uniqueidentifier NOT NULL,
        [ReviewOpenedAt] datetimeoffset NOT NULL,
        [ReviewDueAt] datetimeoffset NOT NULL,
        [ReviewReminderTokenId] uniqueidentifier NULL,
        [ReviewDeadlineTokenId] uniqueidentifier NULL,
        [InformationDeadlineTokenId] uniqueidentifier NULL,
        [ReviewClockPausedAt] datetimeoffset NULL,
        [ReviewClockPaused] bigint NOT NULL,
        [ReviewOverdue] bit NOT NULL,
        [ApprovedDailyDoseMg] decimal(9,2) NULL,
        [DecidedBy] nvarchar(128) NULL,
        [DecidedAt] datetimeoffset NULL,
        [ClosedAt] datetimeoffset NULL,
        [ValidFrom] datetimeoffset NULL,
        [ValidUntil] datetimeoffset NULL,
        [LastFollowUpOn] datetimeoffset NULL,
        [NextFollowUpDue] datetimeoffset NULL,
        [FollowUpOverdue] bit NOT NULL,
        [RenewalStatus] nvarchar(16) NULL,
        [RenewalCycle] int NOT NULL,
        [NextRenewalReminder] int NOT NULL,
        [SuspendedAt] datetimeoffset NULL,
        [Taper] nvarchar(max) NULL,
        [FollowUpDueTokenId] uniqueidentifier NULL,
        [RenewalReminderTokenId] uniqueidentifier NULL,
        [ValidityEndTokenId] uniqueidentifier NULL,
        [TimelineSequence] int NOT NULL,
        CONSTRAINT [PK_ApprovalSagas] PRIMARY KEY ([RequestId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE TABLE [workflow].[BusOutboxMessage] (
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
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE TABLE [workflow].[DurableTimer] (
        [TokenId] uniqueidentifier NOT NULL,
        [DueAt] datetimeoffset NOT NULL,
        [DestinationAddress] nvarchar(256) NOT NULL,
        [ContentType] nvarchar(256) NOT NULL,
        [MessageType] nvarchar(max) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Headers] nvarchar(max) NULL,
        [Created] datetimeoffset NOT NULL,
        [Cancelled] bit NOT NULL,
        [LockId] uniqueidentifier NULL,
        [LockedUntil] datetimeoffset NULL,
        CONSTRAINT [PK_DurableTimer] PRIMARY KEY ([TokenId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE TABLE [workflow].[InboxState] (
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
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE TABLE [workflow].[OutboxMessage] (
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
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE INDEX [IX_ApprovalSagas_CurrentState] ON [workflow].[ApprovalSagas] ([CurrentState]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockedUntil] ON [workflow].[BusOutboxMessage] ([LockedUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockId] ON [workflow].[BusOutboxMessage] ([LockId]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE INDEX [IX_DurableTimer_DueAt] ON [workflow].[DurableTimer] ([DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE INDEX [IX_DurableTimer_LockId] ON [workflow].[DurableTimer] ([LockId]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE INDEX [IX_InboxState_Delivered] ON [workflow].[InboxState] ([Delivered]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber] ON [workflow].[OutboxMessage] ([InboxMessageId], [InboxConsumerId], [SequenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207043748_Initial'
)
BEGIN
    INSERT INTO [workflow].[__workflow_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207043748_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207061451_CaseReviewRound'
)
BEGIN
    ALTER TABLE [workflow].[ApprovalSagas] ADD [ReviewRound] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207061451_CaseReviewRound'
)
BEGIN
    INSERT INTO [workflow].[__workflow_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207061451_CaseReviewRound', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207222554_BusOutboxTraceParent'
)
BEGIN
    ALTER TABLE [workflow].[BusOutboxMessage] ADD [TraceParent] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [workflow].[__workflow_migrations]
    WHERE [MigrationId] = N'20261207222554_BusOutboxTraceParent'
)
BEGIN
    INSERT INTO [workflow].[__workflow_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207222554_BusOutboxTraceParent', N'10.0.15');
END;

COMMIT;
GO

