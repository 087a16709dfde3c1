using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Assistant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "assistant_exchanges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    asked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    question_folded = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    intent = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    useful = table.Column<bool>(type: "boolean", nullable: true),
                    corrected_procedure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assistant_exchanges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assistant_exchanges_asked_at",
                table: "assistant_exchanges",
                column: "asked_at");

            migrationBuilder.CreateIndex(
                name: "ix_assistant_exchanges_conversation_id_asked_at",
                table: "assistant_exchanges",
                columns: new[] { "conversation_id", "asked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assistant_exchanges_corrected_procedure_code",
                table: "assistant_exchanges",
                column: "corrected_procedure_code",
                filter: "corrected_procedure_code IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistant_exchanges");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
