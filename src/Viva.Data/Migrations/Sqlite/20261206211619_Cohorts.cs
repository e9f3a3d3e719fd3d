using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Viva.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cohorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohort_assignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohort_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohort_assignments_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohort_grades",
                columns: table => new
                {
                    CohortId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnswerId = table.Column<long>(type: "INTEGER", nullable: false),
                    GraderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ticks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohort_grades", x => new { x.CohortId, x.AnswerId, x.GraderId });
                    table.ForeignKey(
                        name: "FK_cohort_grades_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohort_members",
                columns: table => new
                {
                    CohortId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohort_members", x => new { x.CohortId, x.UserId });
                    table.ForeignKey(
                        name: "FK_cohort_members_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohort_assignments_CohortId_DueAt",
                table: "cohort_assignments",
                columns: new[] { "CohortId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_Team_CreatedAt",
                table: "cohorts",
                columns: new[] { "Team", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cohort_assignments");

            migrationBuilder.DropTable(
                name: "cohort_grades");

            migrationBuilder.DropTable(
                name: "cohort_members");

            migrationBuilder.DropTable(
                name: "cohorts");
        }
    }
}
