using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Intake
{
    /// <inheritdoc />
    public partial class Signatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_Meaning",
                schema: "intake",
                table: "Requests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_PrintedName",
                schema: "intake",
                table: "Requests",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecisionSignature_SignedAt",
                schema: "intake",
                table: "Requests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_SignedRecordHash",
                schema: "intake",
                table: "Requests",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionSignature_SignerId",
                schema: "intake",
                table: "Requests",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_Meaning",
                schema: "intake",
                table: "RequestHistory",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_PrintedName",
                schema: "intake",
                table: "RequestHistory",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Signature_SignedAt",
                schema: "intake",
                table: "RequestHistory",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignedRecordHash",
                schema: "intake",
                table: "RequestHistory",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignerId",
                schema: "intake",
                table: "RequestHistory",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionSignature_Meaning",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_PrintedName",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_SignedAt",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_SignedRecordHash",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DecisionSignature_SignerId",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Signature_Meaning",
                schema: "intake",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_PrintedName",
                schema: "intake",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_SignedAt",
                schema: "intake",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_SignedRecordHash",
                schema: "intake",
                table: "RequestHistory");

            migrationBuilder.DropColumn(
                name: "Signature_SignerId",
                schema: "intake",
                table: "RequestHistory");
        }
    }
}
