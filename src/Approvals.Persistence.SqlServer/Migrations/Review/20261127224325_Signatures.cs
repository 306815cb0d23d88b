using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Review
{
    /// <inheritdoc />
    public partial class Signatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Signature_Meaning",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_PrintedName",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Signature_SignedAt",
                schema: "review",
                table: "Reviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignedRecordHash",
                schema: "review",
                table: "Reviews",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignerId",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Signature_Meaning",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_PrintedName",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_SignedAt",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_SignedRecordHash",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_SignerId",
                schema: "review",
                table: "Reviews");
        }
    }
}
