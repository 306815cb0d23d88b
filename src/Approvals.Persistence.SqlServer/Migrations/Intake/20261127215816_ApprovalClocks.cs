using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Intake
{
    /// <inheritdoc />
    public partial class ApprovalClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FollowUpOverdue",
                schema: "intake",
                table: "Requests",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextFollowUpDue",
                schema: "intake",
                table: "Requests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RenewalCycle",
                schema: "intake",
                table: "Requests",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RenewalStatus",
                schema: "intake",
                table: "Requests",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidFrom",
                schema: "intake",
                table: "Requests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidUntil",
                schema: "intake",
                table: "Requests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FollowUps",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PrescriberId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    DrinksPerDay = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    ConsumptionMeasure = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ConsumptionValue = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AdverseEvents = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "intake",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_RequestId_Date",
                schema: "intake",
                table: "FollowUps",
                columns: new[] { "RequestId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUps",
                schema: "intake");

            migrationBuilder.DropColumn(
                name: "FollowUpOverdue",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NextFollowUpDue",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RenewalCycle",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RenewalStatus",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                schema: "intake",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                schema: "intake",
                table: "Requests");
        }
    }
}
