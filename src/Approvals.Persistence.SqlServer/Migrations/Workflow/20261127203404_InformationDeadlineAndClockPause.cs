using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class InformationDeadlineAndClockPause : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Cancelled",
                schema: "workflow",
                table: "DurableTimer",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "InformationDeadlineTokenId",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewClockPaused",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewClockPausedAt",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cancelled",
                schema: "workflow",
                table: "DurableTimer");

            migrationBuilder.DropColumn(
                name: "InformationDeadlineTokenId",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewClockPaused",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewClockPausedAt",
                schema: "workflow",
                table: "ApprovalSagas");
        }
    }
}
