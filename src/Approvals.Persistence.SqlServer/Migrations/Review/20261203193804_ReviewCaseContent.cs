using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Review
{
    /// <inheritdoc />
    public partial class ReviewCaseContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Indication",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformationRequestedBy",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Justification",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestFollowUp",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PatientBirthYear",
                schema: "review",
                table: "Reviews",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PatientConsent",
                schema: "review",
                table: "Reviews",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientPseudonym",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientSex",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PriorTreatments",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "RenewalNotes",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Indication",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "InformationRequestedBy",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Justification",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "LatestFollowUp",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientBirthYear",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientConsent",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientPseudonym",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientSex",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PriorTreatments",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RenewalNotes",
                schema: "review",
                table: "Reviews");
        }
    }
}
