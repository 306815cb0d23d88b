using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Approvals.Persistence.PostgreSql.Migrations.Intake
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "intake");

            migrationBuilder.CreateTable(
                name: "BusOutboxMessage",
                schema: "intake",
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
                schema: "intake",
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
                schema: "intake",
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
                name: "ProtocolVersions",
                schema: "intake",
                columns: table => new
                {
                    ProtocolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaxDailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtocolVersions", x => new { x.ProtocolId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "Requests",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PrescriberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    BodyHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    ProtocolId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "integer", nullable: false),
                    PatientPseudonym = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PatientBirthYear = table.Column<int>(type: "integer", nullable: false),
                    PatientSex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Indication = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Justification = table.Column<string>(type: "text", nullable: false),
                    PriorTreatments = table.Column<List<string>>(type: "text[]", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Overdue = table.Column<bool>(type: "boolean", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false),
                    OpenQuestions = table.Column<List<string>>(type: "text[]", nullable: false),
                    DecisionOutcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ReasonCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    ReviewerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionSignature_SignerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DecisionSignature_PrintedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionSignature_SignedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionSignature_Meaning = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DecisionSignature_SignedRecordHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    ValidFrom = table.Column<long>(type: "bigint", nullable: true),
                    ValidUntil = table.Column<long>(type: "bigint", nullable: true),
                    NextFollowUpDue = table.Column<long>(type: "bigint", nullable: true),
                    FollowUpOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    RenewalStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RenewalCycle = table.Column<int>(type: "integer", nullable: false),
                    Taper = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrescriberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    DrinksPerDay = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ConsumptionMeasure = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConsumptionValue = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReportedAt = table.Column<long>(type: "bigint", nullable: false),
                    AdverseEvents = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "intake",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestHistory",
                schema: "intake",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Signature_SignerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Signature_PrintedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Signature_SignedAt = table.Column<long>(type: "bigint", nullable: true),
                    Signature_Meaning = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Signature_SignedRecordHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestHistory", x => new { x.RequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RequestHistory_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "intake",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestRefusals",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestRefusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestRefusals_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "intake",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BusOutboxMessage_LockedUntil",
                schema: "intake",
                table: "BusOutboxMessage",
                column: "LockedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_BusOutboxMessage_LockId",
                schema: "intake",
                table: "BusOutboxMessage",
                column: "LockId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_RequestId_Date",
                schema: "intake",
                table: "FollowUps",
                columns: new[] { "RequestId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxState_Delivered",
                schema: "intake",
                table: "InboxState",
                column: "Delivered");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_InboxMessageId_InboxConsumerId_SequenceNumber",
                schema: "intake",
                table: "OutboxMessage",
                columns: new[] { "InboxMessageId", "InboxConsumerId", "SequenceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestRefusals_RequestId_At",
                schema: "intake",
                table: "RequestRefusals",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PrescriberId_IdempotencyKey",
                schema: "intake",
                table: "Requests",
                columns: new[] { "PrescriberId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PrescriberId_SubmittedAt_Id",
                schema: "intake",
                table: "Requests",
                columns: new[] { "PrescriberId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_SubmittedAt_Id",
                schema: "intake",
                table: "Requests",
                columns: new[] { "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedAt_Id",
                schema: "intake",
                table: "Requests",
                columns: new[] { "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BusOutboxMessage",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "FollowUps",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "InboxState",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "OutboxMessage",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "ProtocolVersions",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "RequestHistory",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "RequestRefusals",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "Requests",
                schema: "intake");
        }
    }
}
