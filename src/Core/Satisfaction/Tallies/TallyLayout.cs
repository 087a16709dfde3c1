using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>Where a form version's numbers sit in a tally's arrays: criteria by their position in the answers
/// (from 0), each element as a run of positions.</summary>
public sealed class TallyLayout
{
    /// <summary>Answer levels as stored: 0 "không áp dụng" (or no answer), 1–5.</summary>
    public const int Levels = 6;

    public const int HoursPerDay = 24;

    public const int WeekdayHours = 7 * HoursPerDay;

    private static readonly Dictionary<int, TallyLayout> Known = SurveyForms.All.ToDictionary(f => f.Version, f => new TallyLayout(f));

    private TallyLayout(SurveyFormDefinition form)
    {
        FormVersion = form.Version;
        CriterionNumbers = [.. form.Elements.SelectMany(e => e.Criteria).Select(c => c.Number)];
        var first = 0;
        Elements = [.. form.Elements.Select(e => (First: first, Count: e.Criteria.Count)).Select(e => { first += e.Count; return e; })];
    }

    public int FormVersion { get; }

    /// <summary>The criterion's number (1–22 in version 1) at each position.</summary>
    public IReadOnlyList<int> CriterionNumbers { get; }

    public int CriterionCount => CriterionNumbers.Count;

    public IReadOnlyList<(int First, int Count)> Elements { get; }

    public static IReadOnlyCollection<TallyLayout> All => Known.Values;

    public static TallyLayout For(int formVersion) =>
        Known.TryGetValue(formVersion, out var layout)
            ? layout
            : throw new InvalidOperationException($"Form version {formVersion} is not known to this build.");
}
