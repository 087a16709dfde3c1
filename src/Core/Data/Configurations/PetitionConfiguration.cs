using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class PetitionConfiguration :
    IEntityTypeConfiguration<Petition>, IEntityTypeConfiguration<PetitionPhoto>, IEntityTypeConfiguration<PetitionEvent>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.SubmissionId).IsUnique();
        builder.HasIndex(p => p.TrackingCode).IsUnique();
        builder.Property(p => p.TrackingCode).HasMaxLength(TrackingCode.Length).IsFixedLength();
        builder.Property(p => p.Title).HasMaxLength(PetitionLimits.TitleMaxLength);
        builder.Property(p => p.Text).HasMaxLength(PetitionLimits.TextMaxLength);
        builder.Property(p => p.Channel).HasMaxLength(16);
        builder.Property(p => p.ProcedureCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(p => p.DossierCode).HasMaxLength(PetitionLimits.DossierCodeLength);
        builder.Property(p => p.RoutingRule).HasMaxLength(64);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Property(p => p.Kind).HasMaxLength(16);
        builder.Property(p => p.FiledKind).HasMaxLength(16);
        builder.Property(p => p.ExtensionReason).HasMaxLength(Petitions.Handling.HandlingLimits.ReasonMaxLength);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(p => p.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Center).WithMany().HasForeignKey(p => p.CenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Counter>().WithMany().HasForeignKey(p => p.CounterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(p => p.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(p => p.SurveyResponseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.RunnerUpDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Photos).WithOne().HasForeignKey(p => p.PetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ContactPhoneHash);
        // The routing job and its sweep read only what is waiting; the inbox reads by department.
        builder.HasIndex(p => p.ReceivedAt, "ix_petitions_awaiting_routing").HasDatabaseName("ix_petitions_awaiting_routing").HasFilter("status IN ('received', 'returned')");
        builder.HasIndex(p => new { p.DepartmentId, p.Status });
        builder.HasIndex(p => p.ReceivedAt);
        // Similar open petitions (pg_trgm), searched per center before a citizen sends a new one.
        builder.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => p.CenterId);
        builder.Property(p => p.ReopenReason).HasMaxLength(FollowUpLimits.ReasonMaxLength);
        // The public page of published answers reads newest first.
        builder.HasIndex(p => p.AnswerPublishedAt).HasFilter("answer_published_at IS NOT NULL");
    }

    public void Configure(EntityTypeBuilder<PetitionPhoto> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ContentType).HasMaxLength(32);
        builder.HasIndex(p => new { p.PetitionId, p.Position }).IsUnique();
        builder.ToTable(table => table.HasCheckConstraint("ck_petition_photos_position", $"position BETWEEN 1 AND {PetitionLimits.MaxPhotos}"));
    }

    public void Configure(EntityTypeBuilder<PetitionEvent> builder)
    {
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.Data).HasColumnType("jsonb");
        builder.HasOne<Petition>().WithMany().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PetitionId, e.At });
        builder.HasIndex(e => e.SubmissionId).IsUnique();
    }
}
