using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcFeedback.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class FlaggedReviewQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_awaiting_review",
                table: "survey_responses",
                columns: new[] { "submitted_at", "id" },
                filter: "flagged AND reviewed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_survey_responses_awaiting_review",
                table: "survey_responses");
        }
    }
}
