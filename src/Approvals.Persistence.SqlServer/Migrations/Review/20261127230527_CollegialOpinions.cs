using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.SqlServer.Migrations.Review
{
    /// <inheritdoc />
    public partial class CollegialOpinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExpertOpinionWaivedBecause",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(max)",
                nullable: true);

            // Reviews opened before requirements were stored needed one reviewer.
            migrationBuilder.AddColumn<string>(
                name: "RequiredReview",
                schema: "review",
                table: "Reviews",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Single");

            migrationBuilder.AddColumn<int>(
                name: "RequiredSpecialists",
                schema: "review",
                table: "Reviews",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Opinions",
                schema: "review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SpecialistId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    SpecialistName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Recommendation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SupportedDailyDoseMg = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    Rationale = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Signature_SignerId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Signature_PrintedName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Signature_SignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Signature_Meaning = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Signature_SignedRecordHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "review",
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReviewId_SpecialistId",
                schema: "review",
                table: "Opinions",
                columns: new[] { "ReviewId", "SpecialistId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opinions",
                schema: "review");

            migrationBuilder.DropColumn(
                name: "ExpertOpinionWaivedBecause",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RequiredReview",
                schema: "review",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RequiredSpecialists",
                schema: "review",
                table: "Reviews");
        }
    }
}
