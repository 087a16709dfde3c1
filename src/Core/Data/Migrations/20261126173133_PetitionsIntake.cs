using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PetitionsIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "petitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_code = table.Column<string>(type: "character(16)", fixedLength: true, maxLength: 16, nullable: false),
                    filed_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    touchpoint_id = table.Column<int>(type: "integer", nullable: true),
                    center_id = table.Column<int>(type: "integer", nullable: true),
                    counter_id = table.Column<int>(type: "integer", nullable: true),
                    procedure_id = table.Column<int>(type: "integer", nullable: true),
                    procedure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    dossier_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    survey_response_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_name = table.Column<byte[]>(type: "bytea", nullable: true),
                    contact_phone = table.Column<byte[]>(type: "bytea", nullable: true),
                    contact_email = table.Column<byte[]>(type: "bytea", nullable: true),
                    contact_address = table.Column<byte[]>(type: "bytea", nullable: true),
                    contact_phone_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    consent_contact = table.Column<bool>(type: "boolean", nullable: false),
                    consent_publish = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    supporters = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: true),
                    routing_rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    routing_confidence = table.Column<double>(type: "double precision", nullable: true),
                    runner_up_department_id = table.Column<int>(type: "integer", nullable: true),
                    needs_triage = table.Column<bool>(type: "boolean", nullable: false),
                    routed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer_text = table.Column<string>(type: "text", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_petitions_counters_counter_id",
                        column: x => x.counter_id,
                        principalTable: "counters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petitions_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petitions_departments_runner_up_department_id",
                        column: x => x.runner_up_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petitions_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petitions_service_centers_center_id",
                        column: x => x.center_id,
                        principalTable: "service_centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petitions_survey_responses_survey_response_id",
                        column: x => x.survey_response_id,
                        principalTable: "survey_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petitions_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petition_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petition_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_petition_events_petitions_petition_id",
                        column: x => x.petition_id,
                        principalTable: "petitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petition_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<short>(type: "smallint", nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    size_bytes = table.Column<int>(type: "integer", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petition_photos", x => x.id);
                    table.CheckConstraint("ck_petition_photos_position", "position BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_petition_photos_petitions_petition_id",
                        column: x => x.petition_id,
                        principalTable: "petitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_petition_events_petition_id_at",
                table: "petition_events",
                columns: new[] { "petition_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_petition_events_submission_id",
                table: "petition_events",
                column: "submission_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_petition_photos_petition_id_position",
                table: "petition_photos",
                columns: new[] { "petition_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_petitions_awaiting_routing",
                table: "petitions",
                column: "received_at",
                filter: "status IN ('received', 'returned')");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_center_id",
                table: "petitions",
                column: "center_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_contact_phone_hash",
                table: "petitions",
                column: "contact_phone_hash");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_counter_id",
                table: "petitions",
                column: "counter_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_department_id_status",
                table: "petitions",
                columns: new[] { "department_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_petitions_procedure_id",
                table: "petitions",
                column: "procedure_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_received_at",
                table: "petitions",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_runner_up_department_id",
                table: "petitions",
                column: "runner_up_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_search_text",
                table: "petitions",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_petitions_submission_id",
                table: "petitions",
                column: "submission_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_petitions_survey_response_id",
                table: "petitions",
                column: "survey_response_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_touchpoint_id",
                table: "petitions",
                column: "touchpoint_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_tracking_code",
                table: "petitions",
                column: "tracking_code",
                unique: true);

            // petition_events is the audit trail (PETITIONS.md: nothing is ever deleted, only redacted): the
            // database itself refuses to change or remove a row, whatever the application does.
            migrationBuilder.Sql("""
                CREATE FUNCTION petition_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'petition_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER petition_events_append_only BEFORE UPDATE OR DELETE ON petition_events
                    FOR EACH ROW EXECUTE FUNCTION petition_events_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER petition_events_append_only ON petition_events; DROP FUNCTION petition_events_append_only();");

            migrationBuilder.DropTable(
                name: "petition_events");

            migrationBuilder.DropTable(
                name: "petition_photos");

            migrationBuilder.DropTable(
                name: "petitions");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
