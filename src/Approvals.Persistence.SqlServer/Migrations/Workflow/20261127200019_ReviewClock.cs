using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class ReviewClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReviewDeadlineTokenId",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReviewOverdue",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewReminderTokenId",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DurableTimer",
                schema: "workflow",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DestinationAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Headers = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Created = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LockId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DurableTimer", x => x.TokenId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DurableTimer_DueAt",
                schema: "workflow",
                table: "DurableTimer",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_DurableTimer_LockId",
                schema: "workflow",
                table: "DurableTimer",
                column: "LockId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DurableTimer",
                schema: "workflow");

            migrationBuilder.DropColumn(
                name: "ReviewDeadlineTokenId",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewOverdue",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewReminderTokenId",
                schema: "workflow",
                table: "ApprovalSagas");
        }
    }
}
