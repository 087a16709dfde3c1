using System.Text;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>
/// The phrases citizens wrote most, by plain counting: each text is cut into clauses at punctuation, each clause
/// into syllables folded as routing folds them (<see cref="VietnameseText"/>: with or without diacritics alike),
/// and every pair of neighbouring syllables that are not function words is counted once per text. Vietnamese words
/// are mostly two syllables, so the pairs read as words ("thời gian", "cán bộ"). A phrase is shown as people most
/// often wrote it, only when at least <see cref="MinimumTexts"/> texts use it, and nothing is shown below 10 texts.
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
        var textCount = 0;
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            textCount++;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (folded, written) in Pairs(text))
            {
                if (seen.Add(folded))
                {
                    documents[folded] = documents.GetValueOrDefault(folded) + 1;
                }
                var forms = spellings.TryGetValue(folded, out var f) ? f : spellings[folded] = new(StringComparer.Ordinal);
                forms[written] = forms.GetValueOrDefault(written) + 1;
            }
        }
        var themes = documents
            .Where(d => d.Value >= MinimumTexts)
            .OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(Shown)
            .Select(d => new TextTheme(MostWritten(spellings[d.Key]), d.Value))
            .ToList();
        return new TextThemes(textCount, themes);
    }

    private static IEnumerable<(string Folded, string Written)> Pairs(string text)
    {
        foreach (var clause in ClauseBreak().Split(text.Normalize(NormalizationForm.FormC)))
        {
            var syllables = Syllable().Matches(clause)
                .SelectMany(m => Folded(m.Value))
                .ToList();
            for (var i = 0; i + 1 < syllables.Count; i++)
            {
                var (first, second) = (syllables[i], syllables[i + 1]);
                if (IsContent(first.Folded) && IsContent(second.Folded))
                {
                    yield return ($"{first.Folded} {second.Folded}", $"{first.Written} {second.Written}");
                }
            }
        }
    }

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
