using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Persistence.Sqlite.Migrations.Review
{
    /// <inheritdoc />
    public partial class CollegialOpinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExpertOpinionWaivedBecause",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            // Reviews opened before requirements were stored needed one reviewer.
            migrationBuilder.AddColumn<string>(
                name: "RequiredReview",
                table: "Reviews",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Single");

            migrationBuilder.AddColumn<int>(
                name: "RequiredSpecialists",
                table: "Reviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecialistId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SpecialistName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SupportedDailyDoseMg = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature_SignerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Signature_PrintedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Signature_SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature_Meaning = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Signature_SignedRecordHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReviewId_SpecialistId",
                table: "Opinions",
                columns: new[] { "ReviewId", "SpecialistId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opinions");

            migrationBuilder.DropColumn(
                name: "ExpertOpinionWaivedBecause",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RequiredReview",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "RequiredSpecialists",
                table: "Reviews");
        }
    }
}
