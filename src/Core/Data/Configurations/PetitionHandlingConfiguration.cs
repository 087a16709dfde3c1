using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class PetitionHandlingConfiguration : IEntityTypeConfiguration<AnswerTemplate>, IEntityTypeConfiguration<PetitionRedaction>
{
    public void Configure(EntityTypeBuilder<AnswerTemplate> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(HandlingLimits.TemplateTitleMaxLength);
        builder.Property(t => t.Body).HasMaxLength(HandlingLimits.AnswerMaxLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Field>().WithMany().HasForeignKey(t => t.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.DepartmentId, t.FieldId });
    }

    public void Configure(EntityTypeBuilder<PetitionRedaction> builder)
    {
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Part).HasMaxLength(16);
        builder.Property(r => r.RedactedBy).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(HandlingLimits.ReasonMaxLength);
        builder.Property(r => r.ContentType).HasMaxLength(32);
        builder.HasOne<Petition>().WithMany().HasForeignKey(r => r.PetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PetitionPhoto>().WithMany().HasForeignKey(r => r.PhotoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PetitionId);
    }
}
