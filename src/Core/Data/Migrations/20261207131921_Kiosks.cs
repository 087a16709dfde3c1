using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Kiosks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kiosks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    counter_id = table.Column<int>(type: "integer", nullable: false),
                    touchpoint_id = table.Column<int>(type: "integer", nullable: false),
                    key_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kiosks", x => x.id);
                    table.ForeignKey(
                        name: "fk_kiosks_counters_counter_id",
                        column: x => x.counter_id,
                        principalTable: "counters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_kiosks_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kiosk_taps",
                columns: table => new
                {
                    kiosk_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    local_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tapped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    clock_skewed = table.Column<bool>(type: "boolean", nullable: false),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kiosk_taps", x => new { x.kiosk_id, x.client_id });
                    table.ForeignKey(
                        name: "fk_kiosk_taps_kiosks_kiosk_id",
                        column: x => x.kiosk_id,
                        principalTable: "kiosks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_kiosk_taps_survey_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "survey_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kiosk_taps_kiosk_id_tapped_at",
                table: "kiosk_taps",
                columns: new[] { "kiosk_id", "tapped_at" });

            migrationBuilder.CreateIndex(
                name: "ix_kiosk_taps_response_id",
                table: "kiosk_taps",
                column: "response_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kiosks_counter_id",
                table: "kiosks",
                column: "counter_id");

            migrationBuilder.CreateIndex(
                name: "ix_kiosks_key_id",
                table: "kiosks",
                column: "key_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kiosks_touchpoint_id",
                table: "kiosks",
                column: "touchpoint_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kiosk_taps");

            migrationBuilder.DropTable(
                name: "kiosks");
        }
    }
}
