using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Satisfaction;

/// <summary>The three count tables as sorted lines ("table|key… = values"), read from the database or computed
/// here in C#, independently of the SQL under test, from the responses and what each should contribute.</summary>
public static class CountTables
{
    public static async Task<List<string>> ReadAsync(CchcDbContext db)
    {
        var lines = new List<string>();
        lines.AddRange((await db.SatisfactionCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync())
            .Select(c => Line("counts", c.Day, c.CenterId, c.CounterId, c.DepartmentId, c.ProcedureId, c.FormVersion, c.Item, c.Level) + $" = {c.Count}"));
        lines.AddRange((await db.ReliabilityMoments.AsNoTracking().Where(m => m.Cases != 0 || m.Sum != 0 || m.SumOfSquares != 0).ToListAsync())
            .Select(m => Line("moments", m.Day, m.CenterId, m.CounterId, m.DepartmentId, m.ProcedureId, m.FormVersion, m.Element, m.Item) + $" = {m.Cases}, {m.Sum}, {m.SumOfSquares}"));
        lines.AddRange((await db.HourlyCounts.AsNoTracking().Where(h => h.Responses != 0 || h.Satisfied != 0).ToListAsync())
            .Select(h => Line("hourly", h.Day, h.Hour, h.CenterId, h.CounterId, h.DepartmentId, h.ProcedureId) + $" = {h.Responses}, {h.Satisfied}"));
        return [.. lines.Order(StringComparer.Ordinal)];
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
            var place = new object[] { r.CenterId, r.CounterId ?? 0, r.DepartmentId ?? 0, r.ProcedureId ?? 0 };
            if ((bits & RollupState.QuickRating) != 0)
            {
                Add(counts, Line("counts", [day, .. place, r.FormVersion, 0, (short)r.QuickRating]), 1);
                var key = Line("hourly", [day, local.Hour, .. place]);
                var (n, satisfied) = hourly.GetValueOrDefault(key);
                hourly[key] = (n + 1, satisfied + (r.QuickRating >= QuickRating.Satisfied ? 1 : 0));
            }
            if ((bits & 2) != 0)
            {
                var form = SurveyForms.All.Single(f => f.Version == r.FormVersion);
                var position = 0;
                for (var e = 0; e < form.Elements.Count; e++)
                {
                    var answers = form.Elements[e].Criteria.Select(c => (c.Number, Answer: r.Answers![position++])).ToList();
                    foreach (var (number, answer) in answers)
                    {
                        Add(counts, Line("counts", [day, .. place, r.FormVersion, number, answer]), 1);
                    }
                    if (answers.All(a => a.Answer is >= 1 and <= 5))
                    {
                        foreach (var (number, answer) in answers.Append((0, (short)answers.Sum(a => a.Answer))))
                        {
                            var key = Line("moments", [day, .. place, r.FormVersion, e + 1, number]);
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
