using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Review
{
    /// <inheritdoc />
    public partial class ReviewCaseContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Indication",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformationRequestedBy",
                table: "Reviews",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Justification",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestFollowUp",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PatientBirthYear",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PatientConsent",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientPseudonym",
                table: "Reviews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientSex",
                table: "Reviews",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PriorTreatments",
                table: "Reviews",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "RenewalNotes",
                table: "Reviews",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Indication",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "InformationRequestedBy",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Justification",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "LatestFollowUp",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientBirthYear",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientConsent",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientPseudonym",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PatientSex",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PriorTreatments",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RenewalNotes",
                table: "Reviews");
        }
    }
}
