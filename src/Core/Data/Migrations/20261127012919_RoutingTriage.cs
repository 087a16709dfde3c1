using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoutingTriage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "routing_examples",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    petition_id = table.Column<Guid>(type: "uuid", nullable: true),
                    center_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    counter_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    procedure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_examples", x => x.id);
                    table.ForeignKey(
                        name: "fk_routing_examples_petitions_petition_id",
                        column: x => x.petition_id,
                        principalTable: "petitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "routing_models",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    trained_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recipe = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    training_examples = table.Column<int>(type: "integer", nullable: false),
                    manual_examples = table.Column<int>(type: "integer", nullable: false),
                    evaluated_right = table.Column<int>(type: "integer", nullable: true),
                    evaluated_wrong = table.Column<int>(type: "integer", nullable: true),
                    evaluated_triage = table.Column<int>(type: "integer", nullable: true),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_models", x => x.version);
                });

            migrationBuilder.CreateIndex(
                name: "ix_routing_examples_petition_id",
                table: "routing_examples",
                column: "petition_id");

            migrationBuilder.CreateIndex(
                name: "ix_routing_models_recipe_version",
                table: "routing_models",
                columns: new[] { "recipe", "version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "routing_examples");

            migrationBuilder.DropTable(
                name: "routing_models");
        }
    }
}
