using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Intake
{
    /// <inheritdoc />
    public partial class IntakeWithoutPendingOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PendingOrder",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "PendingOrderId",
                schema: "intake",
                table: "Requests");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PendingOrder",
                schema: "intake",
                table: "Requests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingOrderId",
                schema: "intake",
                table: "Requests",
                type: "uniqueidentifier",
                nullable: true);
        }
    }
}
