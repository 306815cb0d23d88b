IF OBJECT_ID(N'[intake].[__intake_migrations]') IS NULL
BEGIN
    IF SCHEMA_ID(N'intake') IS NULL EXEC(N'CREATE SCHEMA [intake];');
    CREATE TABLE [intake].[__intake_migrations] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___intake_migrations] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    IF SCHEMA_ID(N'intake') IS NULL EXEC(N'CREATE SCHEMA [intake];');
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[BusOutboxMessage] (
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
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[InboxState] (
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
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[OutboxMessage] (
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
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[ProtocolVersions] (
        [ProtocolId] nvarchar(64) NOT NULL,
        [Version] int NOT NULL,
        [EffectiveFrom] datetimeoffset NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [MaxDailyDoseMg] decimal(9,2) NOT NULL,
        [Document] nvarchar(max) NOT NULL,
        [PublishedAt] datetimeoffset NOT NULL,
        [PublishedBy] nvarchar(128) NULL,
        [SourceFile] nvarchar(260) NULL,
        CONSTRAINT [PK_ProtocolVersions] PRIMARY KEY ([ProtocolId], [Version])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[Requests] (
        [Id] uniqueidentifier NOT NULL,
        [PrescriberId] nvarchar(128) NOT NULL,
        [IdempotencyKey] nvarchar(128) NOT NULL,
        [BodyHash] nchar(64) NOT NULL,
        [ProtocolId] nvarchar(64) NOT NULL,
        [ProtocolVersion] int NOT NULL,
        [PatientPseudonym] nvarchar(64) NOT NULL,
        [PatientBirthYear] int NOT NULL,
        [PatientSex] nvarchar(16) NOT NULL,
        [DailyDoseMg] decimal(9,2) NOT NULL,
        [Urgency] nvarchar(16) NOT NULL,
        [Indication] nvarchar(200) NOT NULL,
        [Justification] nvarchar(max) NOT NULL,
        [PriorTreatments] nvarchar(max) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Overdue] bit NOT NULL,
        [LastSequence] int NOT NULL,
        [OpenQuestions] nvarchar(max) NOT NULL,
        [DecisionOutcome] nvarchar(32) NULL,
        [ApprovedDailyDoseMg] decimal(9,2) NULL,
        [ReasonCode] nvarchar(64) NULL,
        [Rationale] nvarchar(max) NULL,
        [ReviewerId] nvarchar(128) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecisionSignature_SignerId] nvarchar(128) NULL,
        [DecisionSignature_PrintedName] nvarchar(200) NULL,
        [DecisionSignature_SignedAt] datetimeoffset NULL,
        [DecisionSignature_Meaning] nvarchar(32) NULL,
        [DecisionSignature_SignedRecordHash] nchar(64) NULL,
        [ValidFrom] datetimeoffset NULL,
        [ValidUntil] datetimeoffset NULL,
        [NextFollowUpDue] datetimeoffset NULL,
        [FollowUpOverdue] bit NOT NULL,
        [RenewalStatus] nvarchar(16) NULL,
        [RenewalCycle] int NOT NULL,
        [Taper] nvarchar(max) NULL,
        [PendingOrderId] uniqueidentifier NULL,
        [PendingOrder] nvarchar(32) NULL,
        CONSTRAINT [PK_Requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[FollowUps] (
        [Id] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [PrescriberId] nvarchar(128) NOT NULL,
        [Date] date NOT NULL,
        [DailyDoseMg] decimal(9,2) NOT NULL,
        [DrinksPerDay] decimal(9,2) NULL,
        [ConsumptionMeasure] nvarchar(64) NULL,
        [ConsumptionValue] decimal(9,2) NULL,
        [Notes] nvarchar(4000) NULL,
        [ReportedAt] datetimeoffset NOT NULL,
        [AdverseEvents] nvarchar(max) NULL,
        CONSTRAINT [PK_FollowUps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FollowUps_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [intake].[Requests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[RequestHistory] (
        [RequestId] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ActorId] nvarchar(128) NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [Signature_SignerId] nvarchar(128) NULL,
        [Signature_PrintedName] nvarchar(200) NULL,
        [Signature_SignedAt] datetimeoffset NULL,
        [Signature_Meaning] nvarchar(32) NULL,
        [Signature_SignedRecordHash] nchar(64) NULL,
        CONSTRAINT [PK_RequestHistory] PRIMARY KEY ([RequestId], [Sequence]),
        CONSTRAINT [FK_RequestHistory_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [intake].[Requests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE TABLE [intake].[RequestRefusals] (
        [Id] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Action] nvarchar(32) NOT NULL,
        [ActorId] nvarchar(128) NOT NULL,
        [Status] int NOT NULL,
        [Reason] nvarchar(4000) NOT NULL,
        [OrderId] uniqueidentifier NULL,
        CONSTRAINT [PK_RequestRefusals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RequestRefusals_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [intake].[Requests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockedUntil] ON [intake].[BusOutboxMessage] ([LockedUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockId] ON [intake].[BusOutboxMessage] ([LockId]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_FollowUps_RequestId_Date] ON [intake].[FollowUps] ([RequestId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_InboxState_Delivered] ON [intake].[InboxState] ([Delivered]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber] ON [intake].[OutboxMessage] ([InboxMessageId], [InboxConsumerId], [SequenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_RequestRefusals_RequestId_At] ON [intake].[RequestRefusals] ([RequestId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Requests_PrescriberId_IdempotencyKey] ON [intake].[Requests] ([PrescriberId], [IdempotencyKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_Requests_PrescriberId_SubmittedAt_Id] ON [intake].[Requests] ([PrescriberId], [SubmittedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    CREATE INDEX [IX_Requests_Status_SubmittedAt_Id] ON [intake].[Requests] ([Status], [SubmittedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207043730_Initial'
)
BEGIN
    INSERT INTO [intake].[__intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207043730_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207130502_IntakeWithoutPendingOrder'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[intake].[Requests]') AND [c].[name] = N'PendingOrder');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [intake].[Requests] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [intake].[Requests] DROP COLUMN [PendingOrder];
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207130502_IntakeWithoutPendingOrder'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[intake].[Requests]') AND [c].[name] = N'PendingOrderId');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [intake].[Requests] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [intake].[Requests] DROP COLUMN [PendingOrderId];
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207130502_IntakeWithoutPendingOrder'
)
BEGIN
    INSERT INTO [intake].[__intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207130502_IntakeWithoutPendingOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207183925_RequestsBySubmission'
)
BEGIN
    CREATE INDEX [IX_Requests_SubmittedAt_Id] ON [intake].[Requests] ([SubmittedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207183925_RequestsBySubmission'
)
BEGIN
    INSERT INTO [intake].[__intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207183925_RequestsBySubmission', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207222529_BusOutboxTraceParent'
)
BEGIN
    ALTER TABLE [intake].[BusOutboxMessage] ADD [TraceParent] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [intake].[__intake_migrations]
    WHERE [MigrationId] = N'20261207222529_BusOutboxTraceParent'
)
BEGIN
    INSERT INTO [intake].[__intake_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207222529_BusOutboxTraceParent', N'10.0.15');
END;

COMMIT;
GO

