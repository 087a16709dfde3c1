using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hourly_counts");

            migrationBuilder.DropTable(
                name: "reliability_moments");

            migrationBuilder.DropTable(
                name: "satisfaction_counts");

            migrationBuilder.CreateTable(
                name: "satisfaction_days",
                columns: table => new
                {
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    procedure_id = table.Column<int>(type: "integer", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    ratings_by_hour = table.Column<byte[]>(type: "bytea", nullable: false),
                    satisfied_by_hour = table.Column<byte[]>(type: "bytea", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false, computedColumnSql: "date_trunc('month', day::timestamp)::date", stored: true),
                    ratings = table.Column<int[]>(type: "integer[]", nullable: false),
                    level_counts = table.Column<byte[]>(type: "bytea", nullable: false),
                    complete_cases = table.Column<byte[]>(type: "bytea", nullable: false),
                    criterion_sums = table.Column<byte[]>(type: "bytea", nullable: false),
                    criterion_squares = table.Column<byte[]>(type: "bytea", nullable: false),
                    element_sums = table.Column<byte[]>(type: "bytea", nullable: false),
                    element_squares = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_satisfaction_days", x => new { x.day, x.center_id, x.counter_id, x.department_id, x.procedure_id, x.form_version });
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateTable(
                name: "satisfaction_months",
                columns: table => new
                {
                    center_id = table.Column<int>(type: "integer", nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    procedure_id = table.Column<int>(type: "integer", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    ratings_by_weekday_hour = table.Column<byte[]>(type: "bytea", nullable: false),
                    satisfied_by_weekday_hour = table.Column<byte[]>(type: "bytea", nullable: false),
                    ratings = table.Column<int[]>(type: "integer[]", nullable: false),
                    level_counts = table.Column<byte[]>(type: "bytea", nullable: false),
                    complete_cases = table.Column<byte[]>(type: "bytea", nullable: false),
                    criterion_sums = table.Column<byte[]>(type: "bytea", nullable: false),
                    criterion_squares = table.Column<byte[]>(type: "bytea", nullable: false),
                    element_sums = table.Column<byte[]>(type: "bytea", nullable: false),
                    element_squares = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_satisfaction_months", x => new { x.month, x.center_id, x.counter_id, x.department_id, x.procedure_id, x.form_version });
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            // The tallies start empty: every response becomes pending again and the rollup folds it from the
            // raw answers, as it would a new one.
            migrationBuilder.Sql("UPDATE survey_responses SET counted = 0 WHERE counted <> 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "satisfaction_days");

            migrationBuilder.DropTable(
                name: "satisfaction_months");

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

            migrationBuilder.Sql("UPDATE survey_responses SET counted = 0 WHERE counted <> 0");
        }
    }
}
