using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Viva.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every per-user row written before accounts existed belongs to the local user
            // (hand-edited: the scaffold's default for the new owner column was "").
            migrationBuilder.DropIndex(
                name: "IX_written_answers_QuestionId_AnsweredAt",
                table: "written_answers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_settings",
                table: "settings");

            migrationBuilder.DropIndex(
                name: "IX_reviews_QuestionId_ReviewedAt",
                table: "reviews");

            migrationBuilder.DropIndex(
                name: "IX_reviews_ReviewedAt",
                table: "reviews");

            migrationBuilder.DropIndex(
                name: "IX_quizzes_StartedAt",
                table: "quizzes");

            migrationBuilder.DropIndex(
                name: "IX_quiz_answers_QuestionId_ItemIndex",
                table: "quiz_answers");

            migrationBuilder.DropIndex(
                name: "IX_exercise_attempts_QuestionId",
                table: "exercise_attempts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_cards",
                table: "cards");

            migrationBuilder.DropIndex(
                name: "IX_cards_DueAt",
                table: "cards");

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "written_answers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "reviews",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "quizzes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "quiz_answers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "exercise_attempts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "cards",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: VivaDb.LocalUserId);

            migrationBuilder.AddPrimaryKey(
                name: "PK_settings",
                table: "settings",
                columns: new[] { "UserId", "Name" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_cards",
                table: "cards",
                columns: new[] { "UserId", "QuestionId" });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_claims_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_logins_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_user_roles_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_roles_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "admin", "admin", "Admin", "ADMIN" },
                    { "candidate", "candidate", "Candidate", "CANDIDATE" },
                    { "interviewer", "interviewer", "Interviewer", "INTERVIEWER" },
                    { "trainer", "trainer", "Trainer", "TRAINER" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_written_answers_UserId_QuestionId_AnsweredAt",
                table: "written_answers",
                columns: new[] { "UserId", "QuestionId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_UserId_QuestionId_ReviewedAt",
                table: "reviews",
                columns: new[] { "UserId", "QuestionId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_UserId_ReviewedAt",
                table: "reviews",
                columns: new[] { "UserId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_quizzes_UserId_StartedAt",
                table: "quizzes",
                columns: new[] { "UserId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_quiz_answers_UserId_QuestionId_ItemIndex",
                table: "quiz_answers",
                columns: new[] { "UserId", "QuestionId", "ItemIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_exercise_attempts_UserId_QuestionId",
                table: "exercise_attempts",
                columns: new[] { "UserId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_cards_UserId_DueAt",
                table: "cards",
                columns: new[] { "UserId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_invitations_TokenHash",
                table: "invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_role_claims_RoleId",
                table: "role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_UserId",
                table: "user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_UserId",
                table: "user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_roles_RoleId",
                table: "user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropIndex(
                name: "IX_written_answers_UserId_QuestionId_AnsweredAt",
                table: "written_answers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_settings",
                table: "settings");

            migrationBuilder.DropIndex(
                name: "IX_reviews_UserId_QuestionId_ReviewedAt",
                table: "reviews");

            migrationBuilder.DropIndex(
                name: "IX_reviews_UserId_ReviewedAt",
                table: "reviews");

            migrationBuilder.DropIndex(
                name: "IX_quizzes_UserId_StartedAt",
                table: "quizzes");

            migrationBuilder.DropIndex(
                name: "IX_quiz_answers_UserId_QuestionId_ItemIndex",
                table: "quiz_answers");

            migrationBuilder.DropIndex(
                name: "IX_exercise_attempts_UserId_QuestionId",
                table: "exercise_attempts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_cards",
                table: "cards");

            migrationBuilder.DropIndex(
                name: "IX_cards_UserId_DueAt",
                table: "cards");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "written_answers");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "reviews");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "quizzes");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "quiz_answers");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "exercise_attempts");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "cards");

            migrationBuilder.AddPrimaryKey(
                name: "PK_settings",
                table: "settings",
                column: "Name");

            migrationBuilder.AddPrimaryKey(
                name: "PK_cards",
                table: "cards",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_written_answers_QuestionId_AnsweredAt",
                table: "written_answers",
                columns: new[] { "QuestionId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_QuestionId_ReviewedAt",
                table: "reviews",
                columns: new[] { "QuestionId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ReviewedAt",
                table: "reviews",
                column: "ReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_quizzes_StartedAt",
                table: "quizzes",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_quiz_answers_QuestionId_ItemIndex",
                table: "quiz_answers",
                columns: new[] { "QuestionId", "ItemIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_exercise_attempts_QuestionId",
                table: "exercise_attempts",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_cards_DueAt",
                table: "cards",
                column: "DueAt");
        }
    }
}
