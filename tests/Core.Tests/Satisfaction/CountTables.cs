using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Satisfaction.Tallies;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Satisfaction;

/// <summary>The tallies as sorted lines of non-zero counts ("table|key… = values"), read from the database or
/// computed here in C#, independently of the code under test, from the responses and what each should contribute.
/// Each day's and each month's tally gives the same kinds of line: quick ratings and criteria answers by item and
/// level, reliability sums by element and item, ratings by hour (by weekday and hour for a month).</summary>
public static class CountTables
{
    public static async Task<List<string>> ReadAsync(CchcDbContext db)
    {
        var lines = new List<string>();
        foreach (var day in await db.SatisfactionDays.AsNoTracking().ToListAsync())
        {
            lines.AddRange(Lines("day", day.Day, day, [.. Enumerable.Range(0, 24).Select(h => (h.ToString(CultureInfo.InvariantCulture), day.RatingsByHour[h], day.SatisfiedByHour[h]))]));
        }
        foreach (var month in await db.SatisfactionMonths.AsNoTracking().ToListAsync())
        {
            lines.AddRange(Lines("month", month.Month, month, [.. Enumerable.Range(0, 7 * 24).Select(i => (
                $"{(DayOfWeek)(i / 24)}|{i % 24}", month.RatingsByWeekdayHour[i], month.SatisfiedByWeekdayHour[i]))]));
        }
        return [.. lines.Where(line => line.Split(" = ")[1].Split(", ").Any(v => v != "0")).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every number of the tally, zeros included.</summary>
    private static IEnumerable<string> Lines(string period, DateOnly date, SatisfactionTally tally, IReadOnlyList<(string Time, int Responses, int Satisfied)> times)
    {
        var place = new object[] { date, tally.CenterId, tally.CounterId, tally.DepartmentId, tally.ProcedureId, tally.FormVersion };
        for (var level = 1; level <= 3; level++)
        {
            yield return Line($"{period}-counts", [.. place, 0, level]) + $" = {tally.Ratings[level - 1]}";
        }
        var form = SurveyForms.All.Single(f => f.Version == tally.FormVersion);
        var criteria = form.Elements.SelectMany(e => e.Criteria).ToList();
        for (var position = 0; position < criteria.Count; position++)
        {
            for (var level = 0; level < 6; level++)
            {
                yield return Line($"{period}-counts", [.. place, criteria[position].Number, level]) + $" = {tally.LevelCounts[position * 6 + level]}";
            }
        }
        var first = 0;
        for (var e = 0; e < form.Elements.Count; first += form.Elements[e].Criteria.Count, e++)
        {
            var cases = tally.CompleteCases[e];
            for (var i = 0; i < form.Elements[e].Criteria.Count; i++)
            {
                yield return Line($"{period}-moments", [.. place, e + 1, form.Elements[e].Criteria[i].Number])
                    + $" = {cases}, {tally.CriterionSums[first + i]}, {tally.CriterionSquares[first + i]}";
            }
            yield return Line($"{period}-moments", [.. place, e + 1, 0]) + $" = {cases}, {tally.ElementSums[e]}, {tally.ElementSquares[e]}";
        }
        foreach (var (time, responses, satisfied) in times)
        {
            yield return Line($"{period}-hourly", [.. place, time]) + $" = {responses}, {satisfied}";
        }
    }

    /// <summary>What a complete rollup should leave: each response as <see cref="RollupState.DesiredSql"/> says.</summary>
    public static List<string> Expected(IEnumerable<SurveyResponse> responses) => Expected(responses, Desired);

    /// <summary>What the tables should hold when each response contributes <paramref name="contribution"/>.</summary>
    public static List<string> Expected(IEnumerable<SurveyResponse> responses, Func<SurveyResponse, short> contribution)
    {
        var counts = new Dictionary<string, long>();
        var moments = new Dictionary<string, (long Cases, long Sum, long Squares)>();
        var hourly = new Dictionary<string, (long Responses, long Satisfied)>();
        foreach (var r in responses)
        {
            var bits = contribution(r);
            var local = TimeZoneInfo.ConvertTime(r.SubmittedAt, VietnamTime.Zone);
            var day = DateOnly.FromDateTime(local.DateTime);
            var periods = new[]
            {
                (Name: "day", Date: day, Time: local.Hour.ToString(CultureInfo.InvariantCulture)),
                (Name: "month", Date: new DateOnly(day.Year, day.Month, 1), Time: $"{day.DayOfWeek}|{local.Hour}"),
            };
            foreach (var period in periods)
            {
                var place = new object[] { period.Date, r.CenterId, r.CounterId ?? 0, r.DepartmentId ?? 0, r.ProcedureId ?? 0, r.FormVersion };
                if ((bits & RollupState.QuickRating) != 0)
                {
                    Add(counts, Line($"{period.Name}-counts", [.. place, 0, (short)r.QuickRating]), 1);
                    var key = Line($"{period.Name}-hourly", [.. place, period.Time]);
                    var (n, satisfied) = hourly.GetValueOrDefault(key);
                    hourly[key] = (n + 1, satisfied + (r.QuickRating >= QuickRating.Satisfied ? 1 : 0));
                }
                if ((bits & 2) == 0)
                {
                    continue;
                }
                var form = SurveyForms.All.Single(f => f.Version == r.FormVersion);
                var position = 0;
                for (var e = 0; e < form.Elements.Count; e++)
                {
                    var answers = form.Elements[e].Criteria.Select(c => (c.Number, Answer: r.Answers![position++])).ToList();
                    foreach (var (number, answer) in answers)
                    {
                        Add(counts, Line($"{period.Name}-counts", [.. place, number, answer]), 1);
                    }
                    if (answers.All(a => a.Answer is >= 1 and <= 5))
                    {
                        foreach (var (number, answer) in answers.Append((0, (short)answers.Sum(a => a.Answer))))
                        {
                            var key = Line($"{period.Name}-moments", [.. place, e + 1, number]);
                            var (cases, sum, squares) = moments.GetValueOrDefault(key);
                            moments[key] = (cases + 1, sum + answer, squares + answer * answer);
                        }
                    }
                }
            }
        }
        return [.. counts.Select(c => $"{c.Key} = {c.Value}")
            .Concat(moments.Select(m => $"{m.Key} = {m.Value.Cases}, {m.Value.Sum}, {m.Value.Squares}"))
            .Concat(hourly.Select(h => $"{h.Key} = {h.Value.Responses}, {h.Value.Satisfied}"))
            .Order(StringComparer.Ordinal)];
    }

    public static short Desired(SurveyResponse r) =>
        r.Flagged ? RollupState.Nothing : r.Answers is null ? RollupState.QuickRating : RollupState.QuickRatingAndForm;

    private static void Add(Dictionary<string, long> cells, string key, long value) => cells[key] = cells.GetValueOrDefault(key) + value;

    private static string Line(string table, params object[] key) =>
        table + "|" + string.Join("|", key.Select(k => k is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Convert.ToString(k, CultureInfo.InvariantCulture)));
}
