using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DepartmentInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "accepted_at",
                table: "petitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "clock_paused_at",
                table: "petitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "petitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "extension_reason",
                table: "petitions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "extension_working_days",
                table: "petitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "paused_working_days",
                table: "petitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "redacted_at",
                table: "petition_photos",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "answer_templates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    field_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answer_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_answer_templates_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_answer_templates_fields_field_id",
                        column: x => x.field_id,
                        principalTable: "fields",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petition_redactions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    part = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: true),
                    redacted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    redacted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    original = table.Column<byte[]>(type: "bytea", nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petition_redactions", x => x.id);
                    table.ForeignKey(
                        name: "fk_petition_redactions_petition_photos_photo_id",
                        column: x => x.photo_id,
                        principalTable: "petition_photos",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petition_redactions_petitions_petition_id",
                        column: x => x.petition_id,
                        principalTable: "petitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_answer_templates_department_id_field_id",
                table: "answer_templates",
                columns: new[] { "department_id", "field_id" });

            migrationBuilder.CreateIndex(
                name: "ix_answer_templates_field_id",
                table: "answer_templates",
                column: "field_id");

            migrationBuilder.CreateIndex(
                name: "ix_petition_redactions_petition_id",
                table: "petition_redactions",
                column: "petition_id");

            migrationBuilder.CreateIndex(
                name: "ix_petition_redactions_photo_id",
                table: "petition_redactions",
                column: "photo_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answer_templates");

            migrationBuilder.DropTable(
                name: "petition_redactions");

            migrationBuilder.DropColumn(
                name: "accepted_at",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "clock_paused_at",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "extension_reason",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "extension_working_days",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "paused_working_days",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "redacted_at",
                table: "petition_photos");
        }
    }
}
