using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChannelConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "protected_channel_user",
                table: "petitions",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "flow_version",
                table: "channel_users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "last_event_key",
                table: "channel_users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "protected_flow",
                table: "channel_users",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "protected_last_reply",
                table: "channel_users",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "protected_channel_user",
                table: "petitions");

            migrationBuilder.DropColumn(
                name: "flow_version",
                table: "channel_users");

            migrationBuilder.DropColumn(
                name: "last_event_key",
                table: "channel_users");

            migrationBuilder.DropColumn(
                name: "protected_flow",
                table: "channel_users");

            migrationBuilder.DropColumn(
                name: "protected_last_reply",
                table: "channel_users");
        }
    }
}
