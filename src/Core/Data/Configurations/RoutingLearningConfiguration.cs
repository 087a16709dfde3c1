using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class RoutingLearningConfiguration : IEntityTypeConfiguration<ManualRoutingExample>, IEntityTypeConfiguration<RoutingModel>
{
    public void Configure(EntityTypeBuilder<ManualRoutingExample> builder)
    {
        builder.ToTable("routing_examples");
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.CenterCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(e => e.CounterCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(e => e.ProcedureCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(e => e.DepartmentCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(e => e.Title).HasMaxLength(PetitionLimits.TitleMaxLength);
        builder.Property(e => e.Text).HasMaxLength(PetitionLimits.TextMaxLength);
        builder.Property(e => e.Source).HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.HasOne<Petition>().WithMany().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.PetitionId);
    }

    public void Configure(EntityTypeBuilder<RoutingModel> builder)
    {
        builder.ToTable("routing_models");
        builder.HasKey(m => m.Version);
        builder.Property(m => m.Version).UseIdentityAlwaysColumn();
        builder.Property(m => m.Recipe).HasMaxLength(64);
        // Loaded by the newest version of a recipe, with no scan of the (large) model bytes.
        builder.HasIndex(m => new { m.Recipe, m.Version });
    }
}
