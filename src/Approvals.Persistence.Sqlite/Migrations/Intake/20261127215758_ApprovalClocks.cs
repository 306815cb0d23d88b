using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Intake
{
    /// <inheritdoc />
    public partial class ApprovalClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FollowUpOverdue",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "NextFollowUpDue",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RenewalCycle",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RenewalStatus",
                table: "Requests",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ValidFrom",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ValidUntil",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrescriberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    DrinksPerDay = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    ConsumptionMeasure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConsumptionValue = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AdverseEvents = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_RequestId_Date",
                table: "FollowUps",
                columns: new[] { "RequestId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropColumn(
                name: "FollowUpOverdue",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NextFollowUpDue",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RenewalCycle",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RenewalStatus",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                table: "Requests");
        }
    }
}
