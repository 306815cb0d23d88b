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
                    ReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ApprovedDailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TimelineSequence = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalSagas", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSagas_CurrentState",
                schema: "workflow",
                table: "ApprovalSagas",
                column: "CurrentState");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalSagas",
                schema: "workflow");
        }
    }
}
