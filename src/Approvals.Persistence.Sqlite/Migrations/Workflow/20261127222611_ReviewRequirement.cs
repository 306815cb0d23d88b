using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class ReviewRequirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows saved before this migration needed one reviewer.
            migrationBuilder.AddColumn<string>(
                name: "RequiredReview",
                table: "ApprovalSagas",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Single");

            migrationBuilder.AddColumn<int>(
                name: "RequiredSpecialists",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequiredReview",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RequiredSpecialists",
                table: "ApprovalSagas");
        }
    }
}
