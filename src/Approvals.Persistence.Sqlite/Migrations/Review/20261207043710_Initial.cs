using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Review
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "review_BusOutboxMessage",
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
                    table.PrimaryKey("PK_review_BusOutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_InboxState",
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
                    table.PrimaryKey("PK_review_InboxState", x => x.Id);
                    table.UniqueConstraint("AK_review_InboxState_MessageId_ConsumerId", x => new { x.MessageId, x.ConsumerId });
                });

            migrationBuilder.CreateTable(
                name: "review_OutboxMessage",
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
                    table.PrimaryKey("PK_review_OutboxMessage", x => x.SequenceNumber);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PrescriberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProtocolId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientPseudonym = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PatientBirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    PatientSex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Indication = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Justification = table.Column<string>(type: "TEXT", nullable: true),
                    PriorTreatments = table.Column<string>(type: "TEXT", nullable: false),
                    PatientConsent = table.Column<bool>(type: "INTEGER", nullable: true),
                    RenewalNotes = table.Column<string>(type: "TEXT", nullable: true),
                    LatestFollowUp = table.Column<string>(type: "TEXT", nullable: true),
                    ValidityStartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxValidity = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiredReview = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequiredSpecialists = table.Column<int>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    InformationRequestedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ApprovedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpertOpinionWaivedBecause = table.Column<string>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ClaimedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Signature_SignerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Signature_PrintedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Signature_SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Signature_Meaning = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Signature_SignedRecordHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecialistId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SpecialistName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SupportedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature_SignerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Signature_PrintedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Signature_SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature_Meaning = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Signature_SignedRecordHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReviewId_SpecialistId",
                table: "Opinions",
                columns: new[] { "ReviewId", "SpecialistId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_BusOutboxMessage_LockedUntil",
                table: "review_BusOutboxMessage",
                column: "LockedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_review_BusOutboxMessage_LockId",
                table: "review_BusOutboxMessage",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_review_InboxState_Delivered",
                table: "review_InboxState",
                column: "Delivered");

            migrationBuilder.CreateIndex(
                name: "IX_review_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber",
                table: "review_OutboxMessage",
                columns: new[] { "InboxMessageId", "InboxConsumerId", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_RequestId",
                table: "Reviews",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Status_DueAt_Id",
                table: "Reviews",
                columns: new[] { "Status", "DueAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opinions");

            migrationBuilder.DropTable(
                name: "review_BusOutboxMessage");

            migrationBuilder.DropTable(
                name: "review_InboxState");

            migrationBuilder.DropTable(
                name: "review_OutboxMessage");

            migrationBuilder.DropTable(
                name: "Reviews");
        }
    }
}
