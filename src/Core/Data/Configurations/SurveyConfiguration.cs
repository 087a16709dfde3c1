using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class SurveyConfiguration :
    IEntityTypeConfiguration<SurveyForm>, IEntityTypeConfiguration<SurveyResponse>, IEntityTypeConfiguration<SurveySource>
{
    public void Configure(EntityTypeBuilder<SurveyForm> builder)
    {
        builder.HasKey(f => f.Version);
        builder.Property(f => f.Version).ValueGeneratedNever();
        builder.Property(f => f.Definition).HasColumnType("jsonb");
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Channel).HasMaxLength(16);
        builder.Property(r => r.DossierCode).HasMaxLength(SurveyLimits.DossierCodeLength);
        builder.Property(r => r.Comment).HasMaxLength(SurveyLimits.CommentLength);
        builder.Property(r => r.RespondentType).HasMaxLength(32);
        builder.Property(r => r.Gender).HasMaxLength(16);
        builder.Property(r => r.AgeBand).HasMaxLength(16);
        builder.Property(r => r.QuickRating).HasConversion<short>();
        builder.HasOne<SurveyForm>().WithMany().HasForeignKey(r => r.FormVersion).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(r => r.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        // One rating per dossier (SIPAS.md): the database keeps the rule even when two submissions race.
        builder.HasIndex(r => r.DossierCode).IsUnique().HasFilter("dossier_code IS NOT NULL");
        builder.HasIndex(r => r.SubmittedAt);
        // Only responses the statistics rollup has still to fold are in this index, so it stays small.
        builder.HasIndex(r => r.SubmittedAt, "ix_survey_responses_pending_rollup").HasFilter(RollupState.PendingFilterSql);
        // The Manager's review queue: oldest first among the few flagged and not yet reviewed.
        builder.HasIndex(r => new { r.SubmittedAt, r.Id }, "ix_survey_responses_awaiting_review")
            .HasFilter("flagged AND reviewed_at IS NULL").HasDatabaseName("ix_survey_responses_awaiting_review");
    }

    public void Configure(EntityTypeBuilder<SurveySource> builder)
    {
        builder.HasKey(s => new { s.SourceHash, s.TouchpointId, s.WindowStart });
        builder.HasIndex(s => s.WindowStart);
    }
}
