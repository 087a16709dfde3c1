using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class SatisfactionConfiguration :
    IEntityTypeConfiguration<SatisfactionCount>, IEntityTypeConfiguration<ReliabilityMoment>,
    IEntityTypeConfiguration<HourlyCount>, IEntityTypeConfiguration<RollupCheck>, IEntityTypeConfiguration<SatisfactionAlert>
{
    public void Configure(EntityTypeBuilder<SatisfactionCount> builder)
    {
        builder.ToTable("satisfaction_counts");
        builder.HasKey(c => new { c.Day, c.CenterId, c.CounterId, c.DepartmentId, c.ProcedureId, c.FormVersion, c.Item, c.Level });
    }

    public void Configure(EntityTypeBuilder<ReliabilityMoment> builder)
    {
        builder.ToTable("reliability_moments");
        builder.HasKey(m => new { m.Day, m.CenterId, m.CounterId, m.DepartmentId, m.ProcedureId, m.FormVersion, m.Element, m.Item });
    }

    public void Configure(EntityTypeBuilder<HourlyCount> builder)
    {
        builder.ToTable("hourly_counts");
        builder.HasKey(c => new { c.Day, c.Hour, c.CenterId, c.CounterId, c.DepartmentId, c.ProcedureId });
    }

    public void Configure(EntityTypeBuilder<RollupCheck> builder)
    {
        builder.Ignore(c => c.Matched);
    }

    public void Configure(EntityTypeBuilder<SatisfactionAlert> builder)
    {
        builder.HasIndex(a => new { a.UnitKind, a.UnitId, a.WeekStart }).IsUnique();
        builder.HasIndex(a => a.ClosedAt);
    }
}
