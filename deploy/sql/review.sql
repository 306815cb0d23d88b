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
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    IF SCHEMA_ID(N'review') IS NULL EXEC(N'CREATE SCHEMA [review];');
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE TABLE [review].[BusOutboxMessage] (
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
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE TABLE [review].[InboxState] (
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
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE TABLE [review].[OutboxMessage] (
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
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
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
        [PatientPseudonym] nvarchar(64) NULL,
        [PatientBirthYear] int NULL,
        [PatientSex] nvarchar(16) NULL,
        [Indication] nvarchar(200) NULL,
        [Justification] nvarchar(max) NULL,
        [PriorTreatments] nvarchar(max) NOT NULL,
        [PatientConsent] bit NULL,
        [RenewalNotes] nvarchar(max) NULL,
        [LatestFollowUp] nvarchar(max) NULL,
        [ValidityStartsAt] datetimeoffset NULL,
        [MaxValidity] bigint NULL,
        [RequiredReview] nvarchar(32) NOT NULL,
        [RequiredSpecialists] int NOT NULL,
        [Overdue] bit NOT NULL,
        [Questions] nvarchar(max) NOT NULL,
        [InformationRequestedBy] nvarchar(max) NOT NULL,
        [Answer] nvarchar(max) NULL,
        [AnsweredAt] datetimeoffset NULL,
        [Outcome] nvarchar(32) NULL,
        [ApprovedDailyDoseMg] decimal(9,2) NULL,
        [ReasonCode] nvarchar(64) NULL,
        [Rationale] nvarchar(max) NULL,
        [DecidedBy] nvarchar(128) NULL,
        [DecidedAt] datetimeoffset NULL,
        [ExpertOpinionWaivedBecause] nvarchar(max) NULL,
        [ValidUntil] datetimeoffset NULL,
        [CancelReason] nvarchar(max) NULL,
        [ClaimedBy] nvarchar(128) NULL,
        [ClaimedByName] nvarchar(200) NULL,
        [ClaimedAt] datetimeoffset NULL,
        [Signature_SignerId] nvarchar(128) NULL,
        [Signature_PrintedName] nvarchar(200) NULL,
        [Signature_SignedAt] datetimeoffset NULL,
        [Signature_Meaning] nvarchar(32) NULL,
        [Signature_SignedRecordHash] nchar(64) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Reviews] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE TABLE [review].[Opinions] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewId] uniqueidentifier NOT NULL,
        [SpecialistId] nvarchar(128) NOT NULL,
        [SpecialistName] nvarchar(200) NOT NULL,
        [Recommendation] nvarchar(16) NOT NULL,
        [SupportedDailyDoseMg] decimal(9,2) NULL,
        [Rationale] nvarchar(max) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Signature_SignerId] nvarchar(128) NOT NULL,
        [Signature_PrintedName] nvarchar(200) NOT NULL,
        [Signature_SignedAt] datetimeoffset NOT NULL,
        [Signature_Meaning] nvarchar(32) NOT NULL,
        [Signature_SignedRecordHash] nchar(64) NOT NULL,
        CONSTRAINT [PK_Opinions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Opinions_Reviews_ReviewId] FOREIGN KEY ([ReviewId]) REFERENCES [review].[Reviews] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockedUntil] ON [review].[BusOutboxMessage] ([LockedUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE INDEX [IX_BusOutboxMessage_LockId] ON [review].[BusOutboxMessage] ([LockId]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE INDEX [IX_InboxState_Delivered] ON [review].[InboxState] ([Delivered]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Opinions_ReviewId_SpecialistId] ON [review].[Opinions] ([ReviewId], [SpecialistId]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber] ON [review].[OutboxMessage] ([InboxMessageId], [InboxConsumerId], [SequenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE INDEX [IX_Reviews_RequestId] ON [review].[Reviews] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    CREATE INDEX [IX_Reviews_Status_DueAt_Id] ON [review].[Reviews] ([Status], [DueAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207043739_Initial'
)
BEGIN
    INSERT INTO [review].[__review_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207043739_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207130406_ReviewApprovals'
)
BEGIN
    CREATE TABLE [review].[Approvals] (
        [RequestId] uniqueidentifier NOT NULL,
        [PrescriberId] nvarchar(128) NULL,
        [ProtocolId] nvarchar(64) NULL,
        [ProtocolVersion] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [LastSequence] int NOT NULL,
        [ApprovedDailyDoseMg] decimal(9,2) NULL,
        [ValidFrom] datetimeoffset NULL,
        [ValidUntil] datetimeoffset NULL,
        [RenewalStatus] nvarchar(16) NULL,
        [PendingOrderId] uniqueidentifier NULL,
        [PendingOrder] nvarchar(32) NULL,
        CONSTRAINT [PK_Approvals] PRIMARY KEY ([RequestId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207130406_ReviewApprovals'
)
BEGIN
    INSERT INTO [review].[__review_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207130406_ReviewApprovals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207222542_BusOutboxTraceParent'
)
BEGIN
    ALTER TABLE [review].[BusOutboxMessage] ADD [TraceParent] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [review].[__review_migrations]
    WHERE [MigrationId] = N'20261207222542_BusOutboxTraceParent'
)
BEGIN
    INSERT INTO [review].[__review_migrations] ([MigrationId], [ProductVersion])
    VALUES (N'20261207222542_BusOutboxTraceParent', N'10.0.15');
END;

COMMIT;
GO

