using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Viva.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_invitations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssessmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CandidateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CandidateEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ExtraTimePercent = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true),
                    AttemptId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Items = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    RunsPerExercise = table.Column<int>(type: "integer", nullable: false),
                    AiUse = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SigningKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attempt_answers",
                columns: table => new
                {
                    AttemptId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Text = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    SavedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attempt_answers", x => new { x.AttemptId, x.ItemKey });
                });

            migrationBuilder.CreateTable(
                name: "attempt_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AttemptId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Passed = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Outcomes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RanAt = table.Column<long>(type: "bigint", nullable: false),
                    Final = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attempt_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attempts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssessmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvitationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CandidateUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CandidateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExtraTimePercent = table.Column<int>(type: "integer", nullable: false),
                    DiscloseExtraTime = table.Column<bool>(type: "boolean", nullable: false),
                    AiDeclaration = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    InterviewId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "similarity_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AttemptA = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AttemptB = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_similarity_decisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_invitations_AssessmentId_CreatedAt",
                table: "assessment_invitations",
                columns: new[] { "AssessmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_Team_CreatedAt",
                table: "assessments",
                columns: new[] { "Team", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_attempt_runs_AttemptId_QuestionId_RanAt",
                table: "attempt_runs",
                columns: new[] { "AttemptId", "QuestionId", "RanAt" });

            migrationBuilder.CreateIndex(
                name: "IX_attempts_AssessmentId_CreatedAt",
                table: "attempts",
                columns: new[] { "AssessmentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_attempts_CandidateUserId_CreatedAt",
                table: "attempts",
                columns: new[] { "CandidateUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_attempts_InvitationId",
                table: "attempts",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_similarity_decisions_AssessmentId_QuestionId_AttemptA_Attem~",
                table: "similarity_decisions",
                columns: new[] { "AssessmentId", "QuestionId", "AttemptA", "AttemptB", "DecidedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_invitations");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "attempt_answers");

            migrationBuilder.DropTable(
                name: "attempt_runs");

            migrationBuilder.DropTable(
                name: "attempts");

            migrationBuilder.DropTable(
                name: "similarity_decisions");
        }
    }
}
