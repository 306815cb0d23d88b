using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class InformationDeadlineAndClockPause : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Cancelled",
                table: "workflow_DurableTimer",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "InformationDeadlineTokenId",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewClockPaused",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReviewClockPausedAt",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cancelled",
                table: "workflow_DurableTimer");

            migrationBuilder.DropColumn(
                name: "InformationDeadlineTokenId",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewClockPaused",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewClockPausedAt",
                table: "ApprovalSagas");
        }
    }
}
