using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProcedureDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedure_details",
                columns: table => new
                {
                    procedure_id = table.Column<int>(type: "integer", nullable: false),
                    sample = table.Column<bool>(type: "boolean", nullable: false),
                    agency = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    at_center = table.Column<bool>(type: "boolean", nullable: false),
                    by_post = table.Column<bool>(type: "boolean", nullable: false),
                    online = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    portal_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    submission_notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    steps = table.Column<string>(type: "jsonb", nullable: false),
                    documents = table.Column<string>(type: "jsonb", nullable: false),
                    processing_time = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    fees = table.Column<string>(type: "jsonb", nullable: false),
                    applicants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    requirements = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    legal_basis = table.Column<string>(type: "jsonb", nullable: false),
                    result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedure_details", x => x.procedure_id);
                    table.ForeignKey(
                        name: "fk_procedure_details_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedure_details");
        }
    }
}
