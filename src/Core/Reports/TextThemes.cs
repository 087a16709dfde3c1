using System.Text;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>
/// The phrases citizens wrote most, by plain counting: each text is cut into clauses at punctuation, each clause
/// into syllables folded as routing folds them (<see cref="VietnameseText"/>: with or without diacritics alike).
/// Vietnamese words are mostly two syllables, so a clause is read as pairs of neighbouring syllables that are not
/// function words, from the left, taking at each step the pair that is more common in all the texts rather than
/// the one that overlaps it ("nhận | kết quả", not "nhận kết | quả"); each pair counts once per text. A phrase is
/// shown as people most often wrote it, only when at least <see cref="MinimumTexts"/> texts use it, and nothing is
/// shown below 10 texts.
/// </summary>
public sealed partial record TextThemes(int Texts, IReadOnlyList<TextTheme> Themes)
{
    public const int MinimumTexts = 3;
    public const int Shown = 10;

    // Function syllables (folded) that pair with anything and name no subject. Folding merges syllables ("co" is
    // both "có" and "cơ quan", "cho" both "cho" and "chờ"), so only those whose every reading is a function word are
    // here. "không" stays: it carries the complaint in "không hài lòng", "không giải thích".
    private static readonly HashSet<string> FunctionSyllables =
    [
        "va", "cua", "la", "duoc", "cac", "nhung", "mot", "toi", "voi", "nay", "rat", "khi", "den", "trong", "nen",
        "ra", "vao", "bi", "ve", "hon", "con", "se", "em", "ay", "kia", "nao", "gi", "hay", "hoac", "neu", "roi",
        "deu", "moi", "tren", "duoi", "sau", "truoc", "nhe", "ah", "oi", "luc", "lan", "phai",
    ];

    public bool IsPublishable => SmallCellRule.IsPublishable(Texts);

    public static TextThemes From(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var clauses = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Clauses(t!)).ToList();
        // First every neighbouring pair, to know which are common; then the pairs each text is read as.
        var pairs = Count(clauses.Select(text => text.SelectMany(AllPairs)));
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var read = Count(clauses.Select(text => text.SelectMany(clause => Read(clause, pairs))), spellings);
        var themes = read
            .Where(d => d.Value >= MinimumTexts)
            .OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(Shown)
            .Select(d => new TextTheme(MostWritten(spellings[d.Key]), d.Value))
            .ToList();
        return new TextThemes(clauses.Count, themes);
    }

    /// <summary>In how many texts each folded pair occurs, and how each was written.</summary>
    private static Dictionary<string, int> Count(
        IEnumerable<IEnumerable<(string Folded, string Written)>> texts, Dictionary<string, Dictionary<string, int>>? spellings = null)
    {
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (folded, written) in text)
            {
                if (seen.Add(folded))
                {
                    documents[folded] = documents.GetValueOrDefault(folded) + 1;
                }
                if (spellings is not null)
                {
                    var forms = spellings.TryGetValue(folded, out var f) ? f : spellings[folded] = new(StringComparer.Ordinal);
                    forms[written] = forms.GetValueOrDefault(written) + 1;
                }
            }
        }
        return documents;
    }

    private static List<List<(string Folded, string Written)>> Clauses(string text) =>
        [.. ClauseBreak().Split(text.Normalize(NormalizationForm.FormC))
            .Select(clause => Syllable().Matches(clause).SelectMany(m => Folded(m.Value)).ToList())];

    private static IEnumerable<(string Folded, string Written)> AllPairs(List<(string Folded, string Written)> clause) =>
        Enumerable.Range(0, Math.Max(0, clause.Count - 1)).Where(i => IsPair(clause, i)).Select(i => Pair(clause, i));

    /// <summary>The clause as non-overlapping pairs, from the left; a pair gives way to the next one when that one
    /// is more common.</summary>
    private static IEnumerable<(string Folded, string Written)> Read(List<(string Folded, string Written)> clause, Dictionary<string, int> pairs)
    {
        var i = 0;
        while (i + 1 < clause.Count)
        {
            if (!IsPair(clause, i) || (IsPair(clause, i + 1) && pairs[Pair(clause, i + 1).Folded] > pairs[Pair(clause, i).Folded]))
            {
                i++;
                continue;
            }
            yield return Pair(clause, i);
            i += 2;
        }
    }

    private static bool IsPair(List<(string Folded, string Written)> clause, int i) =>
        i + 1 < clause.Count && IsContent(clause[i].Folded) && IsContent(clause[i + 1].Folded);

    private static (string Folded, string Written) Pair(List<(string Folded, string Written)> clause, int i) =>
        ($"{clause[i].Folded} {clause[i + 1].Folded}", $"{clause[i].Written} {clause[i + 1].Written}");

    /// <summary>A written syllable folded; a phone abbreviation ("ko", "tthc") becomes the words it stands for,
    /// written as folded since nobody wrote them out.</summary>
    private static IEnumerable<(string Folded, string Written)> Folded(string syllable)
    {
        var folded = VietnameseText.Fold(syllable).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var written = syllable.ToLowerInvariant();
        return folded.Length == 1 ? [(folded[0], written)] : folded.Select(f => (f, f));
    }

    private static bool IsContent(string folded) => folded.Length > 1 && !FunctionSyllables.Contains(folded) && !folded.All(char.IsDigit);

    private static string MostWritten(Dictionary<string, int> forms) =>
        forms.OrderByDescending(f => f.Value).ThenByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

    [GeneratedRegex(@"[.,;:!?()\[\]""“”\r\n…/-]+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex Syllable();
}

/// <summary>A phrase as citizens wrote it, and how many texts use it.</summary>
public sealed record TextTheme(string Phrase, int Texts);
