using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class SagaCaseContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CaseContent",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestFollowUp",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaseContent",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "LatestFollowUp",
                table: "ApprovalSagas");
        }
    }
}
