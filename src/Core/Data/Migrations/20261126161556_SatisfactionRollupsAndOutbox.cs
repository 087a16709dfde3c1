using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SatisfactionRollupsAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<short>(
                name: "counted",
                table: "survey_responses",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.CreateTable(
                name: "hourly_counts",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    hour = table.Column<short>(type: "smallint", nullable: false),
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    procedure_id = table.Column<int>(type: "integer", nullable: false),
                    responses = table.Column<int>(type: "integer", nullable: false),
                    satisfied = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hourly_counts", x => new { x.day, x.hour, x.center_id, x.counter_id, x.department_id, x.procedure_id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    dedupe_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reliability_moments",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    procedure_id = table.Column<int>(type: "integer", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    element = table.Column<short>(type: "smallint", nullable: false),
                    item = table.Column<short>(type: "smallint", nullable: false),
                    cases = table.Column<int>(type: "integer", nullable: false),
                    sum = table.Column<long>(type: "bigint", nullable: false),
                    sum_of_squares = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reliability_moments", x => new { x.day, x.center_id, x.counter_id, x.department_id, x.procedure_id, x.form_version, x.element, x.item });
                });

            migrationBuilder.CreateTable(
                name: "rollup_checks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    counted_responses = table.Column<int>(type: "integer", nullable: false),
                    mismatched_cells = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rollup_checks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "satisfaction_alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_kind = table.Column<string>(type: "text", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    responses = table.Column<int>(type: "integer", nullable: false),
                    share = table.Column<double>(type: "double precision", nullable: false),
                    center_line = table.Column<double>(type: "double precision", nullable: false),
                    lower_limit = table.Column<double>(type: "double precision", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_satisfaction_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "satisfaction_counts",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    procedure_id = table.Column<int>(type: "integer", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    item = table.Column<short>(type: "smallint", nullable: false),
                    level = table.Column<short>(type: "smallint", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_satisfaction_counts", x => new { x.day, x.center_id, x.counter_id, x.department_id, x.procedure_id, x.form_version, x.item, x.level });
                });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_submitted_at1",
                table: "survey_responses",
                column: "submitted_at",
                filter: "counted <> CASE WHEN flagged THEN 0 WHEN answers IS NULL THEN 1 ELSE 3 END");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dedupe_key",
                table: "outbox_messages",
                column: "dedupe_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_next_attempt_at",
                table: "outbox_messages",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_alerts_closed_at",
                table: "satisfaction_alerts",
                column: "closed_at");

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_alerts_unit_kind_unit_id_week_start",
                table: "satisfaction_alerts",
                columns: new[] { "unit_kind", "unit_id", "week_start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hourly_counts");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "reliability_moments");

            migrationBuilder.DropTable(
                name: "rollup_checks");

            migrationBuilder.DropTable(
                name: "satisfaction_alerts");

            migrationBuilder.DropTable(
                name: "satisfaction_counts");

            migrationBuilder.DropIndex(
                name: "ix_survey_responses_submitted_at1",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "counted",
                table: "survey_responses");
        }
    }
}
