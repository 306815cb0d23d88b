using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class ReviewClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReviewDeadlineTokenId",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReviewOverdue",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewReminderTokenId",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "workflow_DurableTimer",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DestinationAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Headers = table.Column<string>(type: "TEXT", nullable: true),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    LockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_DurableTimer", x => x.TokenId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_DurableTimer_DueAt",
                table: "workflow_DurableTimer",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_DurableTimer_LockId",
                table: "workflow_DurableTimer",
                column: "LockId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_DurableTimer");

            migrationBuilder.DropColumn(
                name: "ReviewDeadlineTokenId",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewOverdue",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewReminderTokenId",
                table: "ApprovalSagas");
        }
    }
}
