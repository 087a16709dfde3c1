using System.Text;
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
        // Each word is folded once, not once per candidate (a 400-word petition has up to 120 candidates).
        var words = Word().Matches(whole).Select(m => new TextWord(m.Index, m.Value, VietnameseText.Fold(m.Value))).ToList();
        var candidates = words
            .Where(w => w.Folded.Length > 1 && !w.Folded.All(char.IsDigit))
            .DistinctBy(w => w.Folded)
            .Take(MaxCandidates);
        foreach (var (_, written, folded) in candidates)
        {
            var after = ScoresOf(scores(VietnameseText.Fold(Without(whole, words, folded))));
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

    /// <summary>The text with every occurrence of one word (by its folded form) replaced by a space.</summary>
    private static string Without(string whole, List<TextWord> words, string folded)
    {
        var text = new StringBuilder(whole.Length);
        var at = 0;
        foreach (var word in words.Where(w => w.Folded == folded))
        {
            text.Append(whole, at, word.Index - at).Append(' ');
            at = word.Index + word.Written.Length;
        }
        return text.Append(whole, at, whole.Length - at).ToString();
    }

    private sealed record TextWord(int Index, string Written, string Folded);

    private static Dictionary<string, double> ScoresOf(IReadOnlyList<RoutingGuess> guesses) =>
        guesses.ToDictionary(g => g.DepartmentCode, g => g.Score, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
