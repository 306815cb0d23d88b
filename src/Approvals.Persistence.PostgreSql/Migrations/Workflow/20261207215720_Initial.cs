using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Approvals.Persistence.PostgreSql.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflow");

            migrationBuilder.CreateTable(
                name: "ApprovalSagas",
                schema: "workflow",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentState = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PrescriberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProtocolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "integer", nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    CaseContent = table.Column<string>(type: "text", nullable: true),
                    ReviewRound = table.Column<string>(type: "text", nullable: true),
                    LatestFollowUp = table.Column<string>(type: "text", nullable: true),
                    ProtocolTerms = table.Column<string>(type: "text", nullable: true),
                    RequiredReview = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequiredSpecialists = table.Column<int>(type: "integer", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewOpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReviewDueAt = table.Column<long>(type: "bigint", nullable: false),
                    ReviewReminderTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewDeadlineTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    InformationDeadlineTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewClockPausedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReviewClockPaused = table.Column<long>(type: "bigint", nullable: false),
                    ReviewOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ValidFrom = table.Column<long>(type: "bigint", nullable: true),
                    ValidUntil = table.Column<long>(type: "bigint", nullable: true),
                    LastFollowUpOn = table.Column<long>(type: "bigint", nullable: true),
                    NextFollowUpDue = table.Column<long>(type: "bigint", nullable: true),
                    FollowUpOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    RenewalStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RenewalCycle = table.Column<int>(type: "integer", nullable: false),
                    NextRenewalReminder = table.Column<int>(type: "integer", nullable: false),
                    SuspendedAt = table.Column<long>(type: "bigint", nullable: true),
                    Taper = table.Column<string>(type: "text", nullable: true),
                    FollowUpDueTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    RenewalReminderTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidityEndTokenId = table.Column<Guid>(type: "uuid", nullable: true),
                    TimelineSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalSagas", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "BusOutboxMessage",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    DestinationAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Created = table.Column<long>(type: "bigint", nullable: false),
                    DeliveredAt = table.Column<long>(type: "bigint", nullable: true),
                    LockId = table.Column<Guid>(type: "uuid", nullable: true),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusOutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DurableTimer",
                schema: "workflow",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    DestinationAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Headers = table.Column<string>(type: "text", nullable: true),
                    Created = table.Column<long>(type: "bigint", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    LockId = table.Column<Guid>(type: "uuid", nullable: true),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DurableTimer", x => x.TokenId);
                });

            migrationBuilder.CreateTable(
                name: "InboxState",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsumerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Received = table.Column<long>(type: "bigint", nullable: false),
                    ReceiveCount = table.Column<int>(type: "integer", nullable: false),
                    Consumed = table.Column<long>(type: "bigint", nullable: true),
                    Delivered = table.Column<long>(type: "bigint", nullable: true),
                    LastSequenceNumber = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxState", x => x.Id);
                    table.UniqueConstraint("AK_InboxState_MessageId_ConsumerId", x => new { x.MessageId, x.ConsumerId });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessage",
                schema: "workflow",
                columns: table => new
                {
                    SequenceNumber = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InboxMessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    InboxConsumerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Headers = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrelationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InitiatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DestinationAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResponseAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FaultAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SentTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<long>(type: "bigint", nullable: true),
                    EnqueueTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpirationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessage", x => x.SequenceNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSagas_CurrentState",
                schema: "workflow",
                table: "ApprovalSagas",
                column: "CurrentState");

            migrationBuilder.CreateIndex(
                name: "IX_BusOutboxMessage_LockedUntil",
                schema: "workflow",
                table: "BusOutboxMessage",
                column: "LockedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_BusOutboxMessage_LockId",
                schema: "workflow",
                table: "BusOutboxMessage",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_DurableTimer_DueAt",
                schema: "workflow",
                table: "DurableTimer",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_DurableTimer_LockId",
                schema: "workflow",
                table: "DurableTimer",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxState_Delivered",
                schema: "workflow",
                table: "InboxState",
                column: "Delivered");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber",
                schema: "workflow",
                table: "OutboxMessage",
                columns: new[] { "InboxMessageId", "InboxConsumerId", "SequenceNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalSagas",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "BusOutboxMessage",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "DurableTimer",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "InboxState",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "OutboxMessage",
                schema: "workflow");
        }
    }
}
