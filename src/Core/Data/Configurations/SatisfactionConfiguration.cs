using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Satisfaction.Tallies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class SatisfactionConfiguration :
    IEntityTypeConfiguration<SatisfactionDay>, IEntityTypeConfiguration<SatisfactionMonth>,
    IEntityTypeConfiguration<RollupCheck>, IEntityTypeConfiguration<SatisfactionAlert>
{
    // Room on each page for the new version of a row the rollup updates (a HOT update: no index entry to add).
    private const int FillFactor = 80;

    public void Configure(EntityTypeBuilder<SatisfactionDay> builder)
    {
        builder.HasKey(d => new { d.Day, d.CenterId, d.CounterId, d.DepartmentId, d.ProcedureId, d.FormVersion });
        // Months and days are then grouped by the same column.
        builder.Property(d => d.Month).HasComputedColumnSql("date_trunc('month', day::timestamp)::date", stored: true);
        builder.HasStorageParameter("fillfactor", FillFactor);
        StoreCompact(builder, nameof(SatisfactionDay.RatingsByHour), nameof(SatisfactionDay.SatisfiedByHour));
    }

    public void Configure(EntityTypeBuilder<SatisfactionMonth> builder)
    {
        builder.HasKey(m => new { m.Month, m.CenterId, m.CounterId, m.DepartmentId, m.ProcedureId, m.FormVersion });
        builder.HasStorageParameter("fillfactor", FillFactor);
        StoreCompact(builder, nameof(SatisfactionMonth.RatingsByWeekdayHour), nameof(SatisfactionMonth.SatisfiedByWeekdayHour));
    }

    /// <summary>Every array but <see cref="SatisfactionTally.Ratings"/>, which stays integer[] so that SQL sums it
    /// (trends, comparisons, alerts), is stored as <see cref="CompactCounts"/>.</summary>
    private static void StoreCompact<T>(EntityTypeBuilder<T> builder, params string[] timeArrays)
        where T : SatisfactionTally
    {
        string[] arrays =
        [
            nameof(SatisfactionTally.LevelCounts), nameof(SatisfactionTally.CompleteCases), nameof(SatisfactionTally.CriterionSums),
            nameof(SatisfactionTally.CriterionSquares), nameof(SatisfactionTally.ElementSums), nameof(SatisfactionTally.ElementSquares),
            .. timeArrays,
        ];
        foreach (var array in arrays)
        {
            builder.Property<int[]>(array).HasConversion(CompactCounts.Converter, CompactCounts.Comparer);
        }
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
