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
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimelineSequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalSagas", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSagas_CurrentState",
                table: "ApprovalSagas",
                column: "CurrentState");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalSagas");
        }
    }
}
