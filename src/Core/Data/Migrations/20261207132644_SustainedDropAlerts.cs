using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SustainedDropAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lower_limit",
                table: "satisfaction_alerts");

            migrationBuilder.AddColumn<int>(
                name: "baseline_responses",
                table: "satisfaction_alerts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "baseline_weeks",
                table: "satisfaction_alerts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "evidence_from",
                table: "satisfaction_alerts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "evidence_to",
                table: "satisfaction_alerts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Alerts of the weekly p-chart: their evidence was their week, their baseline the 12 weeks before.
            migrationBuilder.Sql("UPDATE satisfaction_alerts SET evidence_from = week_start, evidence_to = week_start + 6, baseline_weeks = 12");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "baseline_responses",
                table: "satisfaction_alerts");

            migrationBuilder.DropColumn(
                name: "baseline_weeks",
                table: "satisfaction_alerts");

            migrationBuilder.DropColumn(
                name: "evidence_from",
                table: "satisfaction_alerts");

            migrationBuilder.DropColumn(
                name: "evidence_to",
                table: "satisfaction_alerts");

            migrationBuilder.AddColumn<double>(
                name: "lower_limit",
                table: "satisfaction_alerts",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);
        }
    }
}
