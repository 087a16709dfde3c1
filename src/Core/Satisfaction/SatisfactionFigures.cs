using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The published satisfaction figures (SIPAS.md) of any period and place. Reads only the rollup's count
/// tables (plus touchpoint_scans for the response rate and survey_responses for comments), each call a few
/// GROUP BY queries whose cost follows the number of count cells, not of responses. Every figure goes through
/// the small-cell rule: below 10 answers it is suppressed, so no surface can print it by mistake.</summary>
public partial class SatisfactionFigures(CchcDbContext db)
{
    public const MultipleComparisonMethod ComparisonMethod = MultipleComparisonMethod.Holm;

    public async Task<SatisfactionSummary> SummaryAsync(SatisfactionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counts = await db.SatisfactionCounts.AsNoTracking().Matching(filter)
            .Where(c => c.Item == SatisfactionCount.QuickRatingItem || c.FormVersion == SipasForm.Version)
            .GroupBy(c => new { c.Item, c.Level })
            .Select(g => new { g.Key.Item, g.Key.Level, Count = g.Sum(c => (long)c.Count) })
            .ToListAsync(cancellationToken);
        var sums = await db.ReliabilityMoments.AsNoTracking().Matching(filter)
            .Where(m => m.FormVersion == SipasForm.Version)
            .GroupBy(m => new { m.Element, m.Item })
            .Select(g => new ElementItemSums(g.Key.Element, g.Key.Item, g.Sum(m => (long)m.Cases), g.Sum(m => m.Sum), g.Sum(m => m.SumOfSquares)))
            .ToListAsync(cancellationToken);
        var scans = await ScansAsync(filter, cancellationToken);

        var quick = QuickRatingFigures.Counts(counts.Where(c => c.Item == SatisfactionCount.QuickRatingItem).Select(c => (c.Level, c.Count)));
        var byCriterion = counts.Where(c => c.Item != SatisfactionCount.QuickRatingItem)
            .GroupBy(c => (int)c.Item)
            .ToDictionary(g => g.Key, g => AnswerCountsOf(g.Select(c => (c.Level, c.Count))));
        return new SatisfactionSummary(
            filter,
            QuickRatingFigures.From(quick),
            SipasFigures.From(byCriterion, sums),
            ResponseRate.From(quick.Total, scans));
    }

    /// <summary>The units of <paramref name="kind"/> with ratings under the filter, compared (chi-square, then
    /// pairwise with <see cref="ComparisonMethod"/>); ordered by code.</summary>
    public async Task<UnitComparison> CompareAsync(SatisfactionFilter filter, SatisfactionUnitKind kind, CancellationToken cancellationToken = default) =>
        UnitComparison.From(kind, await UnitCountsAsync(filter, kind, cancellationToken), ComparisonMethod);

    /// <summary>The fair league table of units of <paramref name="kind"/> (counters on the dashboards).</summary>
    public async Task<UnitLeagueTable> LeagueTableAsync(
        SatisfactionFilter filter, SatisfactionUnitKind kind = SatisfactionUnitKind.Counter, CancellationToken cancellationToken = default) =>
        UnitLeagueTable.From(kind, await UnitCountsAsync(filter, kind, cancellationToken));

    /// <summary>The quick-rating index month by month over the filter's period, with its trend line.</summary>
    public async Task<MonthlyTrend> MonthlyTrendAsync(SatisfactionFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await MonthlyCountsAsync(filter, null, cancellationToken);
        return MonthlyTrend.From(filter.Months(), MonthsOf(rows));
    }

    /// <summary>Each unit of <paramref name="kind"/> with ratings under the filter, over the period and month by
    /// month (one query for all units); ordered by code.</summary>
    public async Task<IReadOnlyList<UnitMonths>> MonthlyByUnitAsync(
        SatisfactionFilter filter, SatisfactionUnitKind kind, CancellationToken cancellationToken = default)
    {
        var rows = await MonthlyCountsAsync(filter, kind, cancellationToken);
        var units = await UnitsAsync(kind, [.. rows.Select(r => r.Unit).Distinct()], cancellationToken);
        var months = filter.Months();
        return [.. rows.GroupBy(r => r.Unit)
            .Select(g => new UnitMonths(
                units[g.Key],
                QuickRatingFigures.From(QuickRatingFigures.Counts(g.Select(r => (r.Level, r.Count)))),
                MonthlyTrend.From(months, MonthsOf(g))))
            .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)];
    }

    /// <summary>Ratings and satisfaction by local weekday and hour.</summary>
    public async Task<HeatMap> HeatMapAsync(SatisfactionFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await db.HourlyCounts.AsNoTracking().Matching(filter)
            .GroupBy(h => new { h.Day.DayOfWeek, h.Hour })
            .Select(g => new { g.Key.DayOfWeek, g.Key.Hour, Responses = g.Sum(h => (long)h.Responses), Satisfied = g.Sum(h => (long)h.Satisfied) })
            .ToListAsync(cancellationToken);
        return HeatMap.From(rows.ToDictionary(r => (r.DayOfWeek, (int)r.Hour), r => (r.Responses, r.Satisfied)));
    }

    /// <summary>The latest comments under the filter, newest first; flagged responses are left out as they are
    /// from every figure.</summary>
    public async Task<IReadOnlyList<ResponseComment>> CommentsAsync(SatisfactionFilter filter, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var start = VietnamTime.StartOf(filter.From).ToUniversalTime();
        var end = VietnamTime.EndOf(filter.To).ToUniversalTime();
        var responses = db.SurveyResponses.AsNoTracking()
            .Where(r => r.SubmittedAt >= start && r.SubmittedAt < end && !r.Flagged && r.Comment != null)
            .AtPlaces(filter);
        var rows = await responses.OrderByDescending(r => r.SubmittedAt).Take(limit)
            .Select(r => new { r.SubmittedAt, r.QuickRating, r.Comment, r.CenterId, r.CounterId, r.ProcedureId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ResponseComment(VietnamTime.DateOf(r.SubmittedAt), r.QuickRating, r.Comment!, r.CenterId, r.CounterId, r.ProcedureId))];
    }

    private async Task<long> ScansAsync(SatisfactionFilter filter, CancellationToken cancellationToken) =>
        await db.TouchpointScans.AsNoTracking()
            .Where(s => s.Day >= filter.From && s.Day <= filter.To)
            .Join(db.Touchpoints, s => s.TouchpointId, t => t.Id, (s, t) => new ScanRow
            {
                Count = s.Count,
                CenterId = t.CenterId,
                CounterId = t.CounterId,
                ProcedureId = t.ProcedureId,
                // A response is filed under its counter's department, so a scan is too.
                DepartmentId = t.Counter == null ? null : t.Counter.DepartmentId,
            })
            .AtPlaces(filter)
            .SumAsync(s => (long)s.Count, cancellationToken);

    private async Task<IReadOnlyList<UnitCounts>> UnitCountsAsync(SatisfactionFilter filter, SatisfactionUnitKind kind, CancellationToken cancellationToken)
    {
        var rows = await QuickRatings(filter, kind)
            .GroupBy(r => new { r.Unit, r.Level })
            .Select(g => new { g.Key.Unit, g.Key.Level, Count = g.Sum(r => (long)r.Count) })
            .ToListAsync(cancellationToken);
        var units = await UnitsAsync(kind, [.. rows.Select(r => r.Unit).Distinct()], cancellationToken);
        return [.. rows.GroupBy(r => r.Unit)
            .Select(g => new UnitCounts(units[g.Key], QuickRatingFigures.Counts(g.Select(r => (r.Level, r.Count)))))
            .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)];
    }

    private async Task<List<MonthlyCount>> MonthlyCountsAsync(SatisfactionFilter filter, SatisfactionUnitKind? kind, CancellationToken cancellationToken) =>
        await QuickRatings(filter, kind)
            .GroupBy(r => new { r.Unit, r.Day.Year, r.Day.Month, r.Level })
            .Select(g => new MonthlyCount(g.Key.Unit, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.Level, g.Sum(r => (long)r.Count)))
            .ToListAsync(cancellationToken);

    /// <summary>Quick-rating count rows under the filter, each labelled with its unit of <paramref name="kind"/>
    /// (0 for all when no kind). A unit id of 0 means "none" (a center entrance has no counter) and is left out.</summary>
    private IQueryable<QuickRatingRow> QuickRatings(SatisfactionFilter filter, SatisfactionUnitKind? kind)
    {
        var counts = db.SatisfactionCounts.AsNoTracking().Matching(filter).Where(c => c.Item == SatisfactionCount.QuickRatingItem);
        var rows = kind switch
        {
            SatisfactionUnitKind.Center => counts.Select(c => new QuickRatingRow { Unit = c.CenterId, Day = c.Day, Level = c.Level, Count = c.Count }),
            SatisfactionUnitKind.Counter => counts.Select(c => new QuickRatingRow { Unit = c.CounterId, Day = c.Day, Level = c.Level, Count = c.Count }),
            SatisfactionUnitKind.Department => counts.Select(c => new QuickRatingRow { Unit = c.DepartmentId, Day = c.Day, Level = c.Level, Count = c.Count }),
            SatisfactionUnitKind.Procedure => counts.Select(c => new QuickRatingRow { Unit = c.ProcedureId, Day = c.Day, Level = c.Level, Count = c.Count }),
            null => counts.Select(c => new QuickRatingRow { Unit = 0, Day = c.Day, Level = c.Level, Count = c.Count }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return kind is null ? rows : rows.Where(r => r.Unit != 0);
    }

    private async Task<Dictionary<int, SatisfactionUnit>> UnitsAsync(SatisfactionUnitKind kind, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var named = kind switch
        {
            SatisfactionUnitKind.Center => db.ServiceCenters.Where(c => ids.Contains(c.Id)).Select(c => new NamedUnit { Id = c.Id, Code = c.Code, Name = c.NameVi }),
            SatisfactionUnitKind.Counter => db.Counters.Where(c => ids.Contains(c.Id)).Select(c => new NamedUnit { Id = c.Id, Code = c.Code, Name = c.NameVi }),
            SatisfactionUnitKind.Department => db.Departments.Where(d => ids.Contains(d.Id)).Select(d => new NamedUnit { Id = d.Id, Code = d.Code, Name = d.NameVi }),
            SatisfactionUnitKind.Procedure => db.Procedures.Where(p => ids.Contains(p.Id)).Select(p => new NamedUnit { Id = p.Id, Code = p.Code, Name = p.NameVi }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var found = await named.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        // Counts outlive catalog rows only if a unit is deleted; name it by its id rather than fail.
        return ids.ToDictionary(id => id, id => found.TryGetValue(id, out var u)
            ? new SatisfactionUnit(kind, id, u.Code, u.Name)
            : new SatisfactionUnit(kind, id, $"#{id}", $"#{id}"));
    }

    private static Dictionary<DateOnly, QuickRatingCounts> MonthsOf(IEnumerable<MonthlyCount> rows) =>
        rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => QuickRatingFigures.Counts(g.Select(r => (r.Level, r.Count))));

    /// <summary>Criterion answers by stored level: 0 "không áp dụng", 1–5.</summary>
    private static AnswerCounts AnswerCountsOf(IEnumerable<(short Level, long Count)> byLevel)
    {
        var counts = new int[AnswerCounts.HighestLevel + 1];
        foreach (var (level, count) in byLevel)
        {
            counts[level] += checked((int)count);
        }
        return new AnswerCounts(counts[1], counts[2], counts[3], counts[4], counts[5], counts[0]);
    }

    private sealed class QuickRatingRow
    {
        public int Unit { get; init; }
        public DateOnly Day { get; init; }
        public short Level { get; init; }
        public int Count { get; init; }
    }

    private sealed class ScanRow
    {
        public int Count { get; init; }
        public int CenterId { get; init; }
        public int? CounterId { get; init; }
        public int? DepartmentId { get; init; }
        public int? ProcedureId { get; init; }
    }

    private sealed class NamedUnit
    {
        public int Id { get; init; }
        public required string Code { get; init; }
        public required string Name { get; init; }
    }

    private sealed record MonthlyCount(int Unit, DateOnly Month, short Level, long Count);
}
