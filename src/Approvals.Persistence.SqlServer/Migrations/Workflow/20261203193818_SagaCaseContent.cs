using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class SagaCaseContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CaseContent",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestFollowUp",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaseContent",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "LatestFollowUp",
                schema: "workflow",
                table: "ApprovalSagas");
        }
    }
}
