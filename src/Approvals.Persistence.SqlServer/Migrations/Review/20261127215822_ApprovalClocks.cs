using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Review
{
    /// <inheritdoc />
    public partial class ApprovalClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidUntil",
                schema: "review",
                table: "Reviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidityStartsAt",
                schema: "review",
                table: "Reviews",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ValidUntil",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ValidityStartsAt",
                schema: "review",
                table: "Reviews");
        }
    }
}
