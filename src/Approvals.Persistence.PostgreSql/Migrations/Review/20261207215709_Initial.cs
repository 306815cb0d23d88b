using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Approvals.Persistence.PostgreSql.Migrations.Review
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "review");

            migrationBuilder.CreateTable(
                name: "Approvals",
                schema: "review",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrescriberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ProtocolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ProtocolVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ValidFrom = table.Column<long>(type: "bigint", nullable: true),
                    ValidUntil = table.Column<long>(type: "bigint", nullable: true),
                    RenewalStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PendingOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    PendingOrder = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "BusOutboxMessage",
                schema: "review",
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
                name: "InboxState",
                schema: "review",
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
                schema: "review",
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

            migrationBuilder.CreateTable(
                name: "Reviews",
                schema: "review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PrescriberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProtocolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "integer", nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    PatientPseudonym = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PatientBirthYear = table.Column<int>(type: "integer", nullable: true),
                    PatientSex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Indication = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Justification = table.Column<string>(type: "text", nullable: true),
                    PriorTreatments = table.Column<List<string>>(type: "text[]", nullable: false),
                    PatientConsent = table.Column<bool>(type: "boolean", nullable: true),
                    RenewalNotes = table.Column<string>(type: "text", nullable: true),
                    LatestFollowUp = table.Column<string>(type: "text", nullable: true),
                    ValidityStartsAt = table.Column<long>(type: "bigint", nullable: true),
                    MaxValidity = table.Column<long>(type: "bigint", nullable: true),
                    RequiredReview = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequiredSpecialists = table.Column<int>(type: "integer", nullable: false),
                    Overdue = table.Column<bool>(type: "boolean", nullable: false),
                    Questions = table.Column<List<string>>(type: "text[]", nullable: false),
                    InformationRequestedBy = table.Column<List<string>>(type: "text[]", nullable: false),
                    Answer = table.Column<string>(type: "text", nullable: true),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ReasonCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    ExpertOpinionWaivedBecause = table.Column<string>(type: "text", nullable: true),
                    ValidUntil = table.Column<long>(type: "bigint", nullable: true),
                    CancelReason = table.Column<string>(type: "text", nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ClaimedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedAt = table.Column<long>(type: "bigint", nullable: true),
                    Signature_SignerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Signature_PrintedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Signature_SignedAt = table.Column<long>(type: "bigint", nullable: true),
                    Signature_Meaning = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Signature_SignedRecordHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Opinions",
                schema: "review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpecialistId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SpecialistName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SupportedDailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    Signature_SignerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Signature_PrintedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Signature_SignedAt = table.Column<long>(type: "bigint", nullable: false),
                    Signature_Meaning = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Signature_SignedRecordHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "review",
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BusOutboxMessage_LockedUntil",
                schema: "review",
                table: "BusOutboxMessage",
                column: "LockedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_BusOutboxMessage_LockId",
                schema: "review",
                table: "BusOutboxMessage",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxState_Delivered",
                schema: "review",
                table: "InboxState",
                column: "Delivered");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReviewId_SpecialistId",
                schema: "review",
                table: "Opinions",
                columns: new[] { "ReviewId", "SpecialistId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber",
                schema: "review",
                table: "OutboxMessage",
                columns: new[] { "InboxMessageId", "InboxConsumerId", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_RequestId",
                schema: "review",
                table: "Reviews",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Status_DueAt_Id",
                schema: "review",
                table: "Reviews",
                columns: new[] { "Status", "DueAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals",
                schema: "review");

            migrationBuilder.DropTable(
                name: "BusOutboxMessage",
                schema: "review");

            migrationBuilder.DropTable(
                name: "InboxState",
                schema: "review");

            migrationBuilder.DropTable(
                name: "Opinions",
                schema: "review");

            migrationBuilder.DropTable(
                name: "OutboxMessage",
                schema: "review");

            migrationBuilder.DropTable(
                name: "Reviews",
                schema: "review");
        }
    }
}
