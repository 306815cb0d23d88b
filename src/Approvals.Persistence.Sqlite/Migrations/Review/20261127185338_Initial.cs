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
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ApprovedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                });

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
                name: "Reviews");
        }
    }
}
