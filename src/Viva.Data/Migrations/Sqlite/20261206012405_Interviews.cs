using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Viva.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Interviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "users",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "invitations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "interviews",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CandidateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CandidateUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    KitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    KitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", nullable: false),
                    Panel = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Mock = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "score_entries",
                columns: table => new
                {
                    InterviewId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InterviewerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ticks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_entries", x => new { x.InterviewId, x.InterviewerId, x.QuestionId });
                });

            migrationBuilder.CreateTable(
                name: "scorecards",
                columns: table => new
                {
                    InterviewId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InterviewerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecards", x => new { x.InterviewId, x.InterviewerId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_interviews_CandidateUserId_CreatedAt",
                table: "interviews",
                columns: new[] { "CandidateUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interviews_Team_CreatedAt",
                table: "interviews",
                columns: new[] { "Team", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_kits_Team_UpdatedAt",
                table: "kits",
                columns: new[] { "Team", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interviews");

            migrationBuilder.DropTable(
                name: "kits");

            migrationBuilder.DropTable(
                name: "score_entries");

            migrationBuilder.DropTable(
                name: "scorecards");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "users");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "invitations");
        }
    }
}
