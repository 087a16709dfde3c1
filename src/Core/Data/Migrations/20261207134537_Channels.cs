using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Channels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "provider_error_code",
                table: "outbox_messages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "provider_message_id",
                table: "outbox_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "template_data",
                table: "outbox_messages",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "channel_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    event_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    event_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    protected_payload = table.Column<byte[]>(type: "bytea", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "channel_users",
                columns: table => new
                {
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    user_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_activity_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    phone_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    linked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unfollowed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_users", x => new { x.channel, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "zalo_tokens",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    protected_access_token = table.Column<byte[]>(type: "bytea", nullable: false),
                    protected_refresh_token = table.Column<byte[]>(type: "bytea", nullable: false),
                    access_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_zalo_tokens", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_channel_events_channel_event_key",
                table: "channel_events",
                columns: new[] { "channel", "event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_channel_events_received_at",
                table: "channel_events",
                column: "received_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_channel_users_phone_hash",
                table: "channel_users",
                column: "phone_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_events");

            migrationBuilder.DropTable(
                name: "channel_users");

            migrationBuilder.DropTable(
                name: "zalo_tokens");

            migrationBuilder.DropColumn(
                name: "provider_error_code",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "provider_message_id",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "template_data",
                table: "outbox_messages");
        }
    }
}
