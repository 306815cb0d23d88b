using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Review
{
    /// <inheritdoc />
    public partial class Signatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Signature_Meaning",
                table: "Reviews",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_PrintedName",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Signature_SignedAt",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignedRecordHash",
                table: "Reviews",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignerId",
                table: "Reviews",
                type: "TEXT",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Signature_Meaning",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_PrintedName",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_SignedAt",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_SignedRecordHash",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Signature_SignerId",
                table: "Reviews");
        }
    }
}
