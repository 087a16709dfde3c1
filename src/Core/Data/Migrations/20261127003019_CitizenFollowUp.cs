using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CitizenFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "answer_rated_at",
                table: "petitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "answer_satisfied",
                table: "petitions",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "contact_purged_at",
                table: "petitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reopen_reason",
                table: "petitions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reopened_at",
                table: "petitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_petitions_answer_published_at",
                table: "petitions",
                column: "answer_published_at",
                filter: "answer_published_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_petitions_answer_published_at",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "answer_rated_at",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "answer_satisfied",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "contact_purged_at",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "reopen_reason",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "reopened_at",
                table: "petitions");
        }
    }
}
