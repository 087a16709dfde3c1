using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.TestCommon;

/// <summary>Writes the rollup's count tables directly, as the rollup job would have left them, so that tests of
/// the figures need no raw responses. Rows with the same key are added up before saving.</summary>
public sealed class SatisfactionCountRows(string connectionString)
{
    /// <summary>Where answers were given; ids are 0 where the response had none, as in the count tables.</summary>
    public sealed record Place(int CenterId, int CounterId = 0, int DepartmentId = 0, int ProcedureId = 0)
    {
        public static Place Of(Counter counter, int procedureId = 0) => new(counter.CenterId, counter.Id, counter.DepartmentId, procedureId);
    }

    private readonly Dictionary<(DateOnly, Place, short, short), int> _counts = [];
    private readonly Dictionary<(DateOnly, Place, short, short), (int Cases, long Sum, long Squares)> _moments = [];
    private readonly Dictionary<(DateOnly, short, Place), (int Responses, int Satisfied)> _hourly = [];
    private readonly Dictionary<(int, DateOnly), int> _scans = [];

    public static async Task<Counter> CounterAsync(string connectionString, string code)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.Counters.AsNoTracking().SingleAsync(c => c.Code == code);
    }

    public static async Task<Place> CounterPlaceAsync(string connectionString, string code) => Place.Of(await CounterAsync(connectionString, code));

    public SatisfactionCountRows QuickRatings(DateOnly day, Place place, int verySatisfied, int satisfied, int dissatisfied)
    {
        Add(day, place, SatisfactionCount.QuickRatingItem, (short)QuickRating.VerySatisfied, verySatisfied);
        Add(day, place, SatisfactionCount.QuickRatingItem, (short)QuickRating.Satisfied, satisfied);
        Add(day, place, SatisfactionCount.QuickRatingItem, (short)QuickRating.Dissatisfied, dissatisfied);
        return this;
    }

    /// <summary>A criterion's answers at levels 1–5 and "không áp dụng" (stored as level 0).</summary>
    public SatisfactionCountRows Criterion(DateOnly day, Place place, int criterion, AnswerCounts counts)
    {
        Add(day, place, (short)criterion, 0, counts.NotApplicable);
        for (var level = AnswerCounts.LowestLevel; level <= AnswerCounts.HighestLevel; level++)
        {
            Add(day, place, (short)criterion, (short)level, counts.Count(level));
        }
        return this;
    }

    /// <summary>The reliability sums of complete cases of one element (position 1–5), each case answering every
    /// criterion of the element in order.</summary>
    public SatisfactionCountRows CompleteCases(DateOnly day, Place place, int element, IEnumerable<IReadOnlyList<int>> cases)
    {
        var criteria = SipasForm.Elements[element - 1].Criteria;
        foreach (var answers in cases)
        {
            if (answers.Count != criteria.Count)
            {
                throw new ArgumentException($"Element {element} has {criteria.Count} criteria.", nameof(cases));
            }
            for (var i = 0; i < criteria.Count; i++)
            {
                AddMoment(day, place, element, (short)criteria[i].Number, answers[i]);
            }
            AddMoment(day, place, element, ReliabilityMoment.TotalItem, answers.Sum());
        }
        return this;
    }

    public SatisfactionCountRows Hourly(DateOnly day, int hour, Place place, int responses, int satisfied)
    {
        var key = (day, (short)hour, place);
        var (r, s) = _hourly.GetValueOrDefault(key);
        _hourly[key] = (r + responses, s + satisfied);
        return this;
    }

    public SatisfactionCountRows Scans(int touchpointId, DateOnly day, int count)
    {
        _scans[(touchpointId, day)] = _scans.GetValueOrDefault((touchpointId, day)) + count;
        return this;
    }

    public async Task SaveAsync()
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        db.SatisfactionCounts.AddRange(_counts.Where(c => c.Value > 0).Select(c => new SatisfactionCount
        {
            Day = c.Key.Item1,
            CenterId = c.Key.Item2.CenterId,
            CounterId = c.Key.Item2.CounterId,
            DepartmentId = c.Key.Item2.DepartmentId,
            ProcedureId = c.Key.Item2.ProcedureId,
            FormVersion = SipasForm.Version,
            Item = c.Key.Item3,
            Level = c.Key.Item4,
            Count = c.Value,
        }));
        db.ReliabilityMoments.AddRange(_moments.Select(m => new ReliabilityMoment
        {
            Day = m.Key.Item1,
            CenterId = m.Key.Item2.CenterId,
            CounterId = m.Key.Item2.CounterId,
            DepartmentId = m.Key.Item2.DepartmentId,
            ProcedureId = m.Key.Item2.ProcedureId,
            FormVersion = SipasForm.Version,
            Element = m.Key.Item3,
            Item = m.Key.Item4,
            Cases = m.Value.Cases,
            Sum = m.Value.Sum,
            SumOfSquares = m.Value.Squares,
        }));
        db.HourlyCounts.AddRange(_hourly.Select(h => new HourlyCount
        {
            Day = h.Key.Item1,
            Hour = h.Key.Item2,
            CenterId = h.Key.Item3.CenterId,
            CounterId = h.Key.Item3.CounterId,
            DepartmentId = h.Key.Item3.DepartmentId,
            ProcedureId = h.Key.Item3.ProcedureId,
            Responses = h.Value.Responses,
            Satisfied = h.Value.Satisfied,
        }));
        db.TouchpointScans.AddRange(_scans.Select(s => new Core.Touchpoints.TouchpointScan { TouchpointId = s.Key.Item1, Day = s.Key.Item2, Count = s.Value }));
        await db.SaveChangesAsync();
        _counts.Clear();
        _moments.Clear();
        _hourly.Clear();
        _scans.Clear();
    }

    private void Add(DateOnly day, Place place, short item, short level, int count)
    {
        var key = (day, place, item, level);
        _counts[key] = _counts.GetValueOrDefault(key) + count;
    }

    private void AddMoment(DateOnly day, Place place, int element, short item, int value)
    {
        var key = (day, place, (short)element, item);
        var (cases, sum, squares) = _moments.GetValueOrDefault(key);
        _moments[key] = (cases + 1, sum + value, squares + (long)value * value);
    }
}
