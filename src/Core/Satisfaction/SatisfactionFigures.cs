using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction.Tallies;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The published satisfaction figures (SIPAS.md) of any period and place. Reads only the rollup's tallies
/// (plus touchpoint_scans for the response rate and survey_responses for comments): a row per place and month, and
/// per place and day at the edges of a period that is not whole months (<see cref="TallyPeriod"/>), so a call
/// costs what the places and months cost, not the responses. Every figure goes through
/// the small-cell rule: below 10 answers it is suppressed, so no surface can print it by mistake.</summary>
public partial class SatisfactionFigures(CchcDbContext db)
{
    public const MultipleComparisonMethod ComparisonMethod = MultipleComparisonMethod.Holm;

    public async Task<SatisfactionSummary> SummaryAsync(SatisfactionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ratings = new long[3];
        var form = new FormSums();
        foreach (var (rows, sign) in Tallies(filter).Signed)
        {
            foreach (var row in await rows.Select(t => new { t.FormVersion, t.Ratings, Form = new FormRow { LevelCounts = t.LevelCounts, CompleteCases = t.CompleteCases, CriterionSums = t.CriterionSums, CriterionSquares = t.CriterionSquares, ElementSums = t.ElementSums, ElementSquares = t.ElementSquares } }).ToListAsync(cancellationToken))
            {
                AddInto(ratings, row.Ratings, sign);
                if (row.FormVersion == SipasForm.Version)
                {
                    form.Add(row.Form, sign);
                }
            }
        }
        var scans = await ScansAsync(filter, cancellationToken);
        var channels = await ChannelCountsAsync(filter, cancellationToken);

        var quick = CountsOf(ratings);
        return new SatisfactionSummary(
            filter,
            QuickRatingFigures.From(quick),
            SipasFigures.From(form.ByCriterion(), form.ElementItems()),
            ResponseRate.From(channels.Where(c => SurveyChannels.FollowingAScan.Contains(c.Channel)).Sum(c => c.Ratings), scans),
            channels);
    }

    /// <summary>The quick ratings under the filter by channel: the responses the rollup has folded into the tallies
    /// (<c>counted</c> ≠ 0), so the channels add up to the tallies' total. The tallies do not keep the channel, so
    /// this reads survey_responses through its submitted_at index: a count over the period's responses, measured at
    /// ten million by <c>./cchc bench statistics</c> (docs/benchmarks.md) rather than kept in every tally row.</summary>
    public async Task<IReadOnlyList<ChannelCount>> ChannelCountsAsync(SatisfactionFilter filter, CancellationToken cancellationToken = default)
    {
        var start = VietnamTime.StartOf(filter.From).ToUniversalTime();
        var end = VietnamTime.EndOf(filter.To).ToUniversalTime();
        var rows = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.SubmittedAt >= start && r.SubmittedAt < end && r.Counted != RollupState.Nothing)
            .AtPlaces(filter)
            .GroupBy(r => r.Channel)
            .Select(g => new { Channel = g.Key, Ratings = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ChannelCount(r.Channel, r.Ratings)).OrderByDescending(c => c.Ratings).ThenBy(c => c.Channel, StringComparer.Ordinal)];
    }

    /// <summary>The units of <paramref name="kind"/> with ratings under the filter, compared (chi-square, then
    /// pairwise with <see cref="ComparisonMethod"/>); ordered by code.</summary>
    public async Task<UnitComparison> CompareAsync(SatisfactionFilter filter, SatisfactionScope kind, CancellationToken cancellationToken = default) =>
        UnitComparison.From(kind, await UnitCountsAsync(filter, kind, cancellationToken), ComparisonMethod);

    /// <summary>The fair league table of units of <paramref name="kind"/> (counters on the dashboards).</summary>
    public async Task<UnitLeagueTable> LeagueTableAsync(
        SatisfactionFilter filter, SatisfactionScope kind = SatisfactionScope.Counter, CancellationToken cancellationToken = default) =>
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
        SatisfactionFilter filter, SatisfactionScope kind, CancellationToken cancellationToken = default)
    {
        var rows = await MonthlyCountsAsync(filter, kind, cancellationToken);
        var units = await UnitsAsync(kind, [.. rows.Select(r => r.Unit).Distinct()], cancellationToken);
        var months = filter.Months();
        return [.. rows.GroupBy(r => r.Unit)
            .Select(g => new UnitMonths(
                units[g.Key],
                QuickRatingFigures.From(Sum(g.Select(r => r.Counts))),
                MonthlyTrend.From(months, MonthsOf(g))))
            .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)];
    }

    /// <summary>Ratings and satisfaction by local weekday and hour.</summary>
    public async Task<HeatMap> HeatMapAsync(SatisfactionFilter filter, CancellationToken cancellationToken = default)
    {
        var responses = new long[TallyLayout.WeekdayHours];
        var satisfied = new long[TallyLayout.WeekdayHours];
        var tallies = Tallies(filter);
        if (tallies.Months is { } months)
        {
            foreach (var month in await months.Select(m => new { m.RatingsByWeekdayHour, m.SatisfiedByWeekdayHour }).ToListAsync(cancellationToken))
            {
                AddInto(responses, month.RatingsByWeekdayHour, 1);
                AddInto(satisfied, month.SatisfiedByWeekdayHour, 1);
            }
        }
        foreach (var (days, sign) in tallies.Days)
        {
            foreach (var day in await days.Select(d => new { d.Day, d.RatingsByHour, d.SatisfiedByHour }).ToListAsync(cancellationToken))
            {
                var offset = (int)day.Day.DayOfWeek * TallyLayout.HoursPerDay;
                AddInto(responses.AsSpan(offset, TallyLayout.HoursPerDay), day.RatingsByHour, sign);
                AddInto(satisfied.AsSpan(offset, TallyLayout.HoursPerDay), day.SatisfiedByHour, sign);
            }
        }
        return HeatMap.From(Enumerable.Range(0, TallyLayout.WeekdayHours)
            .Where(i => responses[i] != 0 || satisfied[i] != 0)
            .ToDictionary(i => ((DayOfWeek)(i / TallyLayout.HoursPerDay), i % TallyLayout.HoursPerDay), i => (responses[i], satisfied[i])));
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

    private async Task<IReadOnlyList<UnitCounts>> UnitCountsAsync(SatisfactionFilter filter, SatisfactionScope kind, CancellationToken cancellationToken)
    {
        var rows = await MonthlyCountsAsync(filter, kind, cancellationToken);
        var units = await UnitsAsync(kind, [.. rows.Select(r => r.Unit).Distinct()], cancellationToken);
        return [.. rows.GroupBy(r => r.Unit)
            .Select(g => new UnitCounts(units[g.Key], Sum(g.Select(r => r.Counts))))
            .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)];
    }

    /// <summary>Quick ratings by unit of <paramref name="kind"/> (0 for all when no kind) and month, months and
    /// units without ratings left out. A unit id of 0 means "none" (a center entrance has no counter) and is left
    /// out of a breakdown by unit.</summary>
    private async Task<List<MonthlyCount>> MonthlyCountsAsync(SatisfactionFilter filter, SatisfactionScope? kind, CancellationToken cancellationToken)
    {
        var sums = new Dictionary<(int Unit, DateOnly Month), long[]>();
        foreach (var (rows, sign) in Tallies(filter).Signed)
        {
            var grouped = await ByUnit(rows, kind)
                .GroupBy(r => new { r.Unit, r.Month })
                .Select(g => new { g.Key.Unit, g.Key.Month, Dissatisfied = g.Sum(r => (long)r.Dissatisfied), Satisfied = g.Sum(r => (long)r.Satisfied), VerySatisfied = g.Sum(r => (long)r.VerySatisfied) })
                .ToListAsync(cancellationToken);
            foreach (var row in grouped)
            {
                var key = (row.Unit, row.Month);
                if (!sums.TryGetValue(key, out var ratings))
                {
                    sums[key] = ratings = new long[3];
                }
                AddInto(ratings, [row.Dissatisfied, row.Satisfied, row.VerySatisfied], sign);
            }
        }
        return [.. sums.Select(s => new MonthlyCount(s.Key.Unit, s.Key.Month, CountsOf(s.Value))).Where(m => m.Counts.Total > 0)];
    }

    private static IQueryable<RatingRow> ByUnit(IQueryable<SatisfactionTally> rows, SatisfactionScope? kind)
    {
        var labelled = kind switch
        {
            SatisfactionScope.Center => rows.Select(t => new RatingRow { Unit = t.CenterId, Month = t.Month, Dissatisfied = t.Ratings[0], Satisfied = t.Ratings[1], VerySatisfied = t.Ratings[2] }),
            SatisfactionScope.Counter => rows.Select(t => new RatingRow { Unit = t.CounterId, Month = t.Month, Dissatisfied = t.Ratings[0], Satisfied = t.Ratings[1], VerySatisfied = t.Ratings[2] }),
            SatisfactionScope.Department => rows.Select(t => new RatingRow { Unit = t.DepartmentId, Month = t.Month, Dissatisfied = t.Ratings[0], Satisfied = t.Ratings[1], VerySatisfied = t.Ratings[2] }),
            SatisfactionScope.Procedure => rows.Select(t => new RatingRow { Unit = t.ProcedureId, Month = t.Month, Dissatisfied = t.Ratings[0], Satisfied = t.Ratings[1], VerySatisfied = t.Ratings[2] }),
            null => rows.Select(t => new RatingRow { Unit = 0, Month = t.Month, Dissatisfied = t.Ratings[0], Satisfied = t.Ratings[1], VerySatisfied = t.Ratings[2] }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return kind is null ? labelled : labelled.Where(r => r.Unit != 0);
    }

    /// <summary>The tallies the filter reads: its period as <see cref="TallyPeriod"/> plans it, at its places.</summary>
    private TallySources Tallies(SatisfactionFilter filter)
    {
        var period = TallyPeriod.Of(filter.From, filter.To);
        var months = period.FirstMonth is { } first && period.LastMonth is { } last
            ? db.SatisfactionMonths.AsNoTracking().Where(m => m.Month >= first && m.Month <= last).AtPlaces(filter)
            : null;
        List<(IQueryable<SatisfactionDay>, int)> days = [];
        foreach (var (ranges, sign) in new[] { (period.AddedDays, 1), (period.SubtractedDays, -1) }.Where(d => d.Item1.Count > 0))
        {
            days.Add((db.SatisfactionDays.AsNoTracking().Where(PlaceFilterQueries.DayIn<SatisfactionDay>(ranges)).AtPlaces(filter), sign));
        }
        return new TallySources(months, days);
    }

    private static void AddInto(Span<long> target, int[] source, int sign)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] += sign * (long)source[i];
        }
    }

    private static void AddInto(long[] target, long[] source, int sign)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] += sign * source[i];
        }
    }

    /// <summary>Ratings by level as <see cref="SatisfactionTally.Ratings"/> orders them.</summary>
    private static QuickRatingCounts CountsOf(long[] ratings) =>
        new(checked((int)ratings[2]), checked((int)ratings[1]), checked((int)ratings[0]));

    private static QuickRatingCounts Sum(IEnumerable<QuickRatingCounts> counts) =>
        counts.Aggregate(new QuickRatingCounts(0, 0, 0), (a, b) => new QuickRatingCounts(a.VerySatisfied + b.VerySatisfied, a.Satisfied + b.Satisfied, a.Dissatisfied + b.Dissatisfied));

    private async Task<Dictionary<int, SatisfactionUnit>> UnitsAsync(SatisfactionScope kind, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var named = kind switch
        {
            SatisfactionScope.Center => db.ServiceCenters.Where(c => ids.Contains(c.Id)).Select(c => new NamedUnit { Id = c.Id, Code = c.Code, Name = c.NameVi }),
            SatisfactionScope.Counter => db.Counters.Where(c => ids.Contains(c.Id)).Select(c => new NamedUnit { Id = c.Id, Code = c.Code, Name = c.NameVi }),
            SatisfactionScope.Department => db.Departments.Where(d => ids.Contains(d.Id)).Select(d => new NamedUnit { Id = d.Id, Code = d.Code, Name = d.NameVi }),
            SatisfactionScope.Procedure => db.Procedures.Where(p => ids.Contains(p.Id)).Select(p => new NamedUnit { Id = p.Id, Code = p.Code, Name = p.NameVi }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var found = await named.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        // Counts outlive catalog rows only if a unit is deleted; name it by its id rather than fail.
        return ids.ToDictionary(id => id, id => found.TryGetValue(id, out var u)
            ? new SatisfactionUnit(kind, id, u.Code, u.Name)
            : new SatisfactionUnit(kind, id, $"#{id}", $"#{id}"));
    }

    private static Dictionary<DateOnly, QuickRatingCounts> MonthsOf(IEnumerable<MonthlyCount> rows) =>
        rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => Sum(g.Select(r => r.Counts)));

    private sealed class RatingRow
    {
        public int Unit { get; init; }
        public DateOnly Month { get; init; }
        public int Dissatisfied { get; init; }
        public int Satisfied { get; init; }
        public int VerySatisfied { get; init; }
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

    private sealed record MonthlyCount(int Unit, DateOnly Month, QuickRatingCounts Counts);

    /// <summary>The months read whole (null when none) and the day ranges added or taken away.</summary>
    private sealed record TallySources(IQueryable<SatisfactionMonth>? Months, IReadOnlyList<(IQueryable<SatisfactionDay> Rows, int Sign)> Days)
    {
        public IEnumerable<(IQueryable<SatisfactionTally> Rows, int Sign)> Signed =>
            Months is null ? Days.Select(d => ((IQueryable<SatisfactionTally>)d.Rows, d.Sign)) : Days.Select(d => ((IQueryable<SatisfactionTally>)d.Rows, d.Sign)).Prepend((Months, 1));
    }
}
