using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class KioskTapClientIdUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_kiosk_taps",
                table: "kiosk_taps");

            migrationBuilder.AddPrimaryKey(
                name: "pk_kiosk_taps",
                table: "kiosk_taps",
                column: "client_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_kiosk_taps",
                table: "kiosk_taps");

            migrationBuilder.AddPrimaryKey(
                name: "pk_kiosk_taps",
                table: "kiosk_taps",
                columns: new[] { "kiosk_id", "client_id" });
        }
    }
}
