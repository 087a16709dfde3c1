using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class TouchpointsAndSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "survey_forms",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_forms", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "survey_sources",
                columns: table => new
                {
                    source_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    touchpoint_id = table.Column<int>(type: "integer", nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_sources", x => new { x.source_hash, x.touchpoint_id, x.window_start });
                });

            migrationBuilder.CreateTable(
                name: "touchpoints",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    token = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: true),
                    procedure_id = table.Column<int>(type: "integer", nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    replaced_by_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_touchpoints", x => x.id);
                    table.ForeignKey(
                        name: "fk_touchpoints_counters_counter_id",
                        column: x => x.counter_id,
                        principalTable: "counters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_touchpoints_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_touchpoints_service_centers_center_id",
                        column: x => x.center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_touchpoints_touchpoints_replaced_by_id",
                        column: x => x.replaced_by_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    touchpoint_id = table.Column<int>(type: "integer", nullable: false),
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: true),
                    department_id = table.Column<int>(type: "integer", nullable: true),
                    procedure_id = table.Column<int>(type: "integer", nullable: true),
                    dossier_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    quick_rating = table.Column<short>(type: "smallint", nullable: false),
                    dissatisfaction_reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    answers = table.Column<short[]>(type: "smallint[]", nullable: true),
                    form_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expectations = table.Column<string[]>(type: "text[]", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    respondent_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    age_band = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    flagged = table.Column<bool>(type: "boolean", nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_responses_survey_forms_form_version",
                        column: x => x.form_version,
                        principalTable: "survey_forms",
                        principalColumn: "version",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_responses_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "touchpoint_scans",
                columns: table => new
                {
                    touchpoint_id = table.Column<int>(type: "integer", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_touchpoint_scans", x => new { x.touchpoint_id, x.day });
                    table.ForeignKey(
                        name: "fk_touchpoint_scans_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_dossier_code",
                table: "survey_responses",
                column: "dossier_code",
                unique: true,
                filter: "dossier_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_form_version",
                table: "survey_responses",
                column: "form_version");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_submitted_at",
                table: "survey_responses",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_touchpoint_id",
                table: "survey_responses",
                column: "touchpoint_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_sources_window_start",
                table: "survey_sources",
                column: "window_start");

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_center_id_counter_id_procedure_id",
                table: "touchpoints",
                columns: new[] { "center_id", "counter_id", "procedure_id" },
                unique: true,
                filter: "revoked_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_counter_id",
                table: "touchpoints",
                column: "counter_id");

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_procedure_id",
                table: "touchpoints",
                column: "procedure_id");

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_replaced_by_id",
                table: "touchpoints",
                column: "replaced_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_token",
                table: "touchpoints",
                column: "token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "survey_sources");

            migrationBuilder.DropTable(
                name: "touchpoint_scans");

            migrationBuilder.DropTable(
                name: "survey_forms");

            migrationBuilder.DropTable(
                name: "touchpoints");
        }
    }
}
