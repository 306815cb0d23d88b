using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Workflow
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
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CurrentState = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    PrescriberId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ProtocolId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "int", nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CaseContent = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LatestFollowUp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ProtocolTerms = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RequiredReview = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RequiredSpecialists = table.Column<int>(type: "int", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewOpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReviewDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReviewReminderTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewDeadlineTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    InformationDeadlineTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewClockPausedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReviewClockPaused = table.Column<long>(type: "bigint", nullable: false),
                    ReviewOverdue = table.Column<bool>(type: "bit", nullable: false),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ValidFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ValidUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastFollowUpOn = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NextFollowUpDue = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FollowUpOverdue = table.Column<bool>(type: "bit", nullable: false),
                    RenewalStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    RenewalCycle = table.Column<int>(type: "int", nullable: false),
                    NextRenewalReminder = table.Column<int>(type: "int", nullable: false),
                    SuspendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Taper = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FollowUpDueTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RenewalReminderTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ValidityEndTokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TimelineSequence = table.Column<int>(type: "int", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DestinationAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Created = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    TokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DestinationAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Headers = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Created = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Cancelled = table.Column<bool>(type: "bit", nullable: false),
                    LockId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConsumerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Received = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceiveCount = table.Column<int>(type: "int", nullable: false),
                    Consumed = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Delivered = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    InboxMessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InboxConsumerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Headers = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CorrelationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    InitiatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DestinationAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ResponseAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    FaultAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SentTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EnqueueTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExpirationTime = table.Column<DateTime>(type: "datetime2", nullable: true)
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
