using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Review
{
    /// <inheritdoc />
    public partial class ReviewClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClaimedAt",
                schema: "review",
                table: "Reviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedByName",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ClaimedByName",
                schema: "review",
                table: "Reviews");
        }
    }
}
