using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Intake
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
                name: "Requests",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PrescriberId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    BodyHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    ProtocolId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "int", nullable: false),
                    PatientPseudonym = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PatientBirthYear = table.Column<int>(type: "int", nullable: false),
                    PatientSex = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Indication = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Justification = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PriorTreatments = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LastSequence = table.Column<int>(type: "int", nullable: false),
                    OpenQuestions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DecisionOutcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    ReasonCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Rationale = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewerId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequestHistory",
                schema: "intake",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequestHistory",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "Requests",
                schema: "intake");
        }
    }
}
