using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Viva.Data.Migrations.Postgres
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "invitations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "interviews",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CandidateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CandidateUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    KitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    KitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    QuestionIds = table.Column<string>(type: "text", nullable: false),
                    Panel = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Mock = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    QuestionIds = table.Column<string>(type: "text", nullable: false),
                    Areas = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Shared = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "score_entries",
                columns: table => new
                {
                    InterviewId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InterviewerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ticks = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Answer = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_entries", x => new { x.InterviewId, x.InterviewerId, x.QuestionId });
                });

            migrationBuilder.CreateTable(
                name: "scorecards",
                columns: table => new
                {
                    InterviewId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InterviewerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: true)
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
