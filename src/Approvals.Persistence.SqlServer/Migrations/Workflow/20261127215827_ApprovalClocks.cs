using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class ApprovalClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FollowUpDueTokenId",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FollowUpOverdue",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastFollowUpOn",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextFollowUpDue",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NextRenewalReminder",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RenewalCycle",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RenewalReminderTokenId",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenewalStatus",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewOpenedAt",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SuspendedAt",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidFrom",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ValidUntil",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ValidityEndTokenId",
                schema: "workflow",
                table: "ApprovalSagas",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FollowUpDueTokenId",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "FollowUpOverdue",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "LastFollowUpOn",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "NextFollowUpDue",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "NextRenewalReminder",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RenewalCycle",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RenewalReminderTokenId",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RenewalStatus",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewOpenedAt",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                schema: "workflow",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ValidityEndTokenId",
                schema: "workflow",
                table: "ApprovalSagas");
        }
    }
}
