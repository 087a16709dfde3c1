using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction.Tallies;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.TestCommon;

/// <summary>Writes the rollup's tallies directly, by day and by month, as the rollup job would have left them, so
/// that tests of the figures need no raw responses. Counts for the same day and place are added up before saving.</summary>
public sealed class SatisfactionCountRows(string connectionString)
{
    /// <summary>Where answers were given; ids are 0 where the response had none, as in the count tables.</summary>
    public sealed record Place(int CenterId, int CounterId = 0, int DepartmentId = 0, int ProcedureId = 0)
    {
        public static Place Of(Counter counter, int procedureId = 0) => new(counter.CenterId, counter.Id, counter.DepartmentId, procedureId);
    }

    private static readonly TallyLayout Form = TallyLayout.For(SipasForm.Version);

    private readonly Dictionary<(DateOnly, Place), SatisfactionDay> _days = [];
    private readonly Dictionary<(int, DateOnly), int> _scans = [];

    public static async Task<Counter> CounterAsync(string connectionString, string code)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.Counters.AsNoTracking().SingleAsync(c => c.Code == code);
    }

    public static async Task<Place> CounterPlaceAsync(string connectionString, string code) => Place.Of(await CounterAsync(connectionString, code));

    public SatisfactionCountRows QuickRatings(DateOnly day, Place place, int verySatisfied, int satisfied, int dissatisfied)
    {
        var ratings = Day(day, place).Ratings;
        ratings[(int)QuickRating.Dissatisfied - 1] += dissatisfied;
        ratings[(int)QuickRating.Satisfied - 1] += satisfied;
        ratings[(int)QuickRating.VerySatisfied - 1] += verySatisfied;
        return this;
    }

    /// <summary>A criterion's answers at levels 1–5 and "không áp dụng" (stored as level 0).</summary>
    public SatisfactionCountRows Criterion(DateOnly day, Place place, int criterion, AnswerCounts counts)
    {
        var levels = Day(day, place).LevelCounts;
        var first = Position(criterion) * TallyLayout.Levels;
        levels[first] += counts.NotApplicable;
        for (var level = AnswerCounts.LowestLevel; level <= AnswerCounts.HighestLevel; level++)
        {
            levels[first + level] += counts.Count(level);
        }
        return this;
    }

    /// <summary>The reliability sums of complete cases of one element (position 1–5), each case answering every
    /// criterion of the element in order.</summary>
    public SatisfactionCountRows CompleteCases(DateOnly day, Place place, int element, IEnumerable<IReadOnlyList<int>> cases)
    {
        var criteria = SipasForm.Elements[element - 1].Criteria;
        var tally = Day(day, place);
        foreach (var answers in cases)
        {
            if (answers.Count != criteria.Count)
            {
                throw new ArgumentException($"Element {element} has {criteria.Count} criteria.", nameof(cases));
            }
            for (var i = 0; i < criteria.Count; i++)
            {
                var position = Position(criteria[i].Number);
                tally.CriterionSums[position] += answers[i];
                tally.CriterionSquares[position] += answers[i] * answers[i];
            }
            var total = answers.Sum();
            tally.CompleteCases[element - 1]++;
            tally.ElementSums[element - 1] += total;
            tally.ElementSquares[element - 1] += total * total;
        }
        return this;
    }

    public SatisfactionCountRows Hourly(DateOnly day, int hour, Place place, int responses, int satisfied)
    {
        var tally = Day(day, place);
        tally.RatingsByHour[hour] += responses;
        tally.SatisfiedByHour[hour] += satisfied;
        return this;
    }

    public SatisfactionCountRows Scans(int touchpointId, DateOnly day, int count)
    {
        _scans[(touchpointId, day)] = _scans.GetValueOrDefault((touchpointId, day)) + count;
        return this;
    }

    /// <summary>Saves the days and, as the rollup keeps them, their months.</summary>
    public async Task SaveAsync()
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        db.SatisfactionDays.AddRange(_days.Values);
        var months = new Dictionary<TallyKey, SatisfactionMonth>();
        foreach (var day in _days.Values)
        {
            var key = new TallyKey(new DateOnly(day.Day.Year, day.Day.Month, 1), day.CenterId, day.CounterId, day.DepartmentId, day.ProcedureId, day.FormVersion);
            if (!months.TryGetValue(key, out var month))
            {
                months[key] = month = SatisfactionMonth.For(key);
            }
            month.Add(day);
        }
        db.SatisfactionMonths.AddRange(months.Values);
        db.TouchpointScans.AddRange(_scans.Select(s => new Core.Touchpoints.TouchpointScan { TouchpointId = s.Key.Item1, Day = s.Key.Item2, Count = s.Value }));
        await db.SaveChangesAsync();
        _days.Clear();
        _scans.Clear();
    }

    private SatisfactionDay Day(DateOnly day, Place place)
    {
        if (!_days.TryGetValue((day, place), out var tally))
        {
            _days[(day, place)] = tally = SatisfactionDay.For(new TallyKey(day, place.CenterId, place.CounterId, place.DepartmentId, place.ProcedureId, SipasForm.Version));
        }
        return tally;
    }

    private static int Position(int criterion)
    {
        var position = Form.CriterionNumbers.ToList().IndexOf(criterion);
        return position >= 0 ? position : throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a criterion of the form.");
    }
}
