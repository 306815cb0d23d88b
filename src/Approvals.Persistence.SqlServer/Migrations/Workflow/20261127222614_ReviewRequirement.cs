using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Workflow
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
                schema: "workflow",
                table: "ApprovalSagas",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Single");

            migrationBuilder.AddColumn<int>(
                name: "RequiredSpecialists",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequiredReview",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RequiredSpecialists",
                schema: "workflow",
                table: "ApprovalSagas");
        }
    }
}
