using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Review
{
    /// <inheritdoc />
    public partial class ReviewApprovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrescriberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ProtocolId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProtocolVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    RenewalStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PendingOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PendingOrder = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals", x => x.RequestId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals");
        }
    }
}
