using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Reports.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class ReportArchiveConfiguration : IEntityTypeConfiguration<ArchivedReport>, IEntityTypeConfiguration<ReportOrder>
{
    public void Configure(EntityTypeBuilder<ArchivedReport> builder)
    {
        builder.ToTable("archived_reports");
        builder.Property(r => r.PeriodKey).HasMaxLength(ArchivedReport.KeyLength);
        builder.Property(r => r.ScopeKey).HasMaxLength(ArchivedReport.KeyLength);
        builder.Property(r => r.ScopeCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(r => r.GeneratedBy).HasMaxLength(ArchivedReport.GeneratedByLength);
        // The upsert's conflict target: one row per period and scope, whatever reruns or races.
        builder.HasIndex(r => new { r.PeriodKey, r.ScopeKey }).IsUnique();
        builder.HasIndex(r => r.PeriodTo);
    }

    public void Configure(EntityTypeBuilder<ReportOrder> builder)
    {
        builder.ToTable("report_orders");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.PeriodKey).HasMaxLength(ArchivedReport.KeyLength);
        builder.Property(o => o.ScopeKey).HasMaxLength(ArchivedReport.KeyLength);
        builder.Property(o => o.OrderedBy).HasMaxLength(ArchivedReport.GeneratedByLength);
        builder.HasIndex(o => o.OrderedAt).HasFilter("completed_at IS NULL");
    }
}
