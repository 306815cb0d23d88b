using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApprovalSagas",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CurrentState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PrescriberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProtocolId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseContent = table.Column<string>(type: "TEXT", nullable: true),
                    LatestFollowUp = table.Column<string>(type: "TEXT", nullable: true),
                    ProtocolTerms = table.Column<string>(type: "TEXT", nullable: true),
                    RequiredReview = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequiredSpecialists = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewOpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewReminderTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewDeadlineTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InformationDeadlineTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewClockPausedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewClockPaused = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastFollowUpOn = table.Column<long>(type: "INTEGER", nullable: true),
                    NextFollowUpDue = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    RenewalStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RenewalCycle = table.Column<int>(type: "INTEGER", nullable: false),
                    NextRenewalReminder = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspendedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Taper = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUpDueTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RenewalReminderTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidityEndTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TimelineSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalSagas", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "workflow_BusOutboxMessage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    DestinationAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_BusOutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_DurableTimer",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DestinationAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Headers = table.Column<string>(type: "TEXT", nullable: true),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_DurableTimer", x => x.TokenId);
                });

            migrationBuilder.CreateTable(
                name: "workflow_InboxState",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsumerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Received = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiveCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Consumed = table.Column<long>(type: "INTEGER", nullable: true),
                    Delivered = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSequenceNumber = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_InboxState", x => x.Id);
                    table.UniqueConstraint("AK_workflow_InboxState_MessageId_ConsumerId", x => new { x.MessageId, x.ConsumerId });
                });

            migrationBuilder.CreateTable(
                name: "workflow_OutboxMessage",
                columns: table => new
                {
                    SequenceNumber = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InboxConsumerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Headers = table.Column<string>(type: "TEXT", nullable: true),
                    Properties = table.Column<string>(type: "TEXT", nullable: true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrelationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InitiatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DestinationAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResponseAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FaultAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SentTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EnqueueTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpirationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_OutboxMessage", x => x.SequenceNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSagas_CurrentState",
                table: "ApprovalSagas",
                column: "CurrentState");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_BusOutboxMessage_LockedUntil",
                table: "workflow_BusOutboxMessage",
                column: "LockedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_BusOutboxMessage_LockId",
                table: "workflow_BusOutboxMessage",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_DurableTimer_DueAt",
                table: "workflow_DurableTimer",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_DurableTimer_LockId",
                table: "workflow_DurableTimer",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_InboxState_Delivered",
                table: "workflow_InboxState",
                column: "Delivered");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber",
                table: "workflow_OutboxMessage",
                columns: new[] { "InboxMessageId", "InboxConsumerId", "SequenceNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalSagas");

            migrationBuilder.DropTable(
                name: "workflow_BusOutboxMessage");

            migrationBuilder.DropTable(
                name: "workflow_DurableTimer");

            migrationBuilder.DropTable(
                name: "workflow_InboxState");

            migrationBuilder.DropTable(
                name: "workflow_OutboxMessage");
        }
    }
}
