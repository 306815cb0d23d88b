using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Intake
{
    /// <inheritdoc />
    public partial class Signatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_Meaning",
                table: "Requests",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_PrintedName",
                table: "Requests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DecisionSignature_SignedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_SignedRecordHash",
                table: "Requests",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_SignerId",
                table: "Requests",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_Meaning",
                table: "RequestHistory",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_PrintedName",
                table: "RequestHistory",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Signature_SignedAt",
                table: "RequestHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignedRecordHash",
                table: "RequestHistory",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignerId",
                table: "RequestHistory",
                type: "TEXT",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionSignature_Meaning",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_PrintedName",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_SignedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_SignedRecordHash",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_SignerId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Signature_Meaning",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_PrintedName",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_SignedAt",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_SignedRecordHash",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_SignerId",
                table: "RequestHistory");
        }
    }
}
