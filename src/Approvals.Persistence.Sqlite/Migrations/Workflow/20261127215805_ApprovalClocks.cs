using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Workflow
{
    /// <inheritdoc />
    public partial class ApprovalClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FollowUpDueTokenId",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FollowUpOverdue",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "LastFollowUpOn",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextFollowUpDue",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NextRenewalReminder",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RenewalCycle",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RenewalReminderTokenId",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenewalStatus",
                table: "ApprovalSagas",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewOpenedAt",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SuspendedAt",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ValidFrom",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ValidUntil",
                table: "ApprovalSagas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ValidityEndTokenId",
                table: "ApprovalSagas",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FollowUpDueTokenId",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "FollowUpOverdue",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "LastFollowUpOn",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "NextFollowUpDue",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "NextRenewalReminder",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RenewalCycle",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RenewalReminderTokenId",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "RenewalStatus",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ReviewOpenedAt",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                table: "ApprovalSagas");

            migrationBuilder.DropColumn(
                name: "ValidityEndTokenId",
                table: "ApprovalSagas");
        }
    }
}
