using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Intake
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrescriberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    BodyHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    ProtocolId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtocolVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientPseudonym = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PatientBirthYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientSex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Indication = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Justification = table.Column<string>(type: "TEXT", nullable: false),
                    PriorTreatments = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenQuestions = table.Column<string>(type: "TEXT", nullable: false),
                    DecisionOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ApprovedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequestHistory",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestHistory", x => new { x.RequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RequestHistory_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PrescriberId_IdempotencyKey",
                table: "Requests",
                columns: new[] { "PrescriberId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PrescriberId_SubmittedAt_Id",
                table: "Requests",
                columns: new[] { "PrescriberId", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_SubmittedAt_Id",
                table: "Requests",
                columns: new[] { "Status", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequestHistory");

            migrationBuilder.DropTable(
                name: "Requests");
        }
    }
}
