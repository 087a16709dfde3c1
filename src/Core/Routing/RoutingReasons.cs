using System.Text.RegularExpressions;

namespace CchcFeedback.Core.Routing;

/// <summary>Why the router thought of a department: the petition's words, as the petition wrote them, whose
/// absence would lower that department's score the most. Each distinct word is taken out of the text in turn
/// and the text scored again, so a word specific to one subject (rare in the others) weighs most for it and
/// lowers, not raises, the score of an unrelated department. Only for the few guesses a person reads.</summary>
public static partial class RoutingReasons
{
    /// <summary>At most this many words per guess.</summary>
    public const int WordCount = 4;

    /// <summary>Distinct words tried, the first ones of the text: a long petition is not scored hundreds of times.</summary>
    public const int MaxCandidates = 120;

    /// <summary>A word must lower the department's score by at least this much to be a reason.</summary>
    public const double MinimumDrop = 0.005;

    /// <summary>The reasons of each department, best first; a department with none has an empty list.</summary>
    /// <param name="title">The petition's title as written.</param>
    /// <param name="text">The petition's text as written.</param>
    /// <param name="departments">The departments to explain (the guesses).</param>
    /// <param name="scores">The department scores of a folded text.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(string title, string text,
        IReadOnlyCollection<string> departments, Func<string, IReadOnlyList<RoutingGuess>> scores)
    {
        var whole = title + " . " + text;
        var baseline = ScoresOf(scores(VietnameseText.Fold(whole)));
        var drops = departments.ToDictionary(d => d, _ => new List<(string Word, double Drop)>(), StringComparer.OrdinalIgnoreCase);
        var candidates = Word().Matches(whole)
            .Select(m => (Written: m.Value, Folded: VietnameseText.Fold(m.Value)))
            .Where(w => w.Folded.Length > 1 && !w.Folded.All(char.IsDigit))
            .DistinctBy(w => w.Folded)
            .Take(MaxCandidates);
        foreach (var (written, folded) in candidates)
        {
            var without = Word().Replace(whole, m => VietnameseText.Fold(m.Value) == folded ? " " : m.Value);
            var after = ScoresOf(scores(VietnameseText.Fold(without)));
            foreach (var (department, list) in drops)
            {
                var drop = baseline.GetValueOrDefault(department) - after.GetValueOrDefault(department);
                if (drop >= MinimumDrop)
                {
                    list.Add((written, drop));
                }
            }
        }
        return drops.ToDictionary(d => d.Key, d => (IReadOnlyList<string>)[.. d.Value
            .OrderByDescending(w => w.Drop).Take(WordCount).Select(w => w.Word)], StringComparer.OrdinalIgnoreCase);
    }

    private static Dictionary<string, double> ScoresOf(IReadOnlyList<RoutingGuess> guesses) =>
        guesses.ToDictionary(g => g.DepartmentCode, g => g.Score, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
