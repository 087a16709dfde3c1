using System.Reflection;
using System.Text.Json;
using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Assistant.Understanding;

/// <summary>The assistant's words, as data (<c>data/assistant/glossary.jsonl</c>, embedded at build): citizens'
/// words rewritten to the official ones ("sổ đỏ" → giấy chứng nhận quyền sử dụng đất), phrases that point at a
/// procedure, the cues of each aspect and intent, and the words that say nothing about a procedure. Everything
/// is folded (<see cref="VietnameseText.Fold"/>), so a question matches with or without diacritics.</summary>
public sealed class AssistantGlossary
{
    private const string Resource = "CchcFeedback.Core.Assistant.glossary.jsonl";

    /// <summary>Folded phrase → folded official words, longest phrase first so "sổ đỏ" wins over "sổ".</summary>
    public IReadOnlyList<(string Say, string Means)> Rewrites { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ProcedurePhrases { get; }
    public IReadOnlyDictionary<ProcedureAspect, PhraseList> Aspects { get; }
    public IReadOnlyDictionary<string, PhraseList> Intents { get; }

    /// <summary>The words of every aspect and intent cue (but the decline cues): a question is not less about a
    /// procedure because it asks "bao nhiêu tiền".</summary>
    public IReadOnlySet<string> CueWords { get; }

    /// <summary>The same cues as phrases, longest first: blanked out of a question before it is matched, so that
    /// "mất bao lâu" cannot point at "người mất" (khai tử).</summary>
    public PhraseList Cues { get; }
    public PhraseList Stopwords { get; }

    private AssistantGlossary(
        List<(string, string)> rewrites,
        Dictionary<string, List<string>> procedures,
        Dictionary<ProcedureAspect, List<string>> aspects,
        Dictionary<string, List<string>> intents,
        List<string> stopwords)
    {
        Rewrites = [.. rewrites.OrderByDescending(r => r.Item1.Length)];
        ProcedurePhrases = procedures.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.OrdinalIgnoreCase);
        Aspects = aspects.ToDictionary(a => a.Key, a => new PhraseList([.. a.Value.OrderByDescending(p => p.Length)]));
        Intents = intents.ToDictionary(i => i.Key, i => new PhraseList([.. i.Value.OrderByDescending(p => p.Length)]));
        Cues = new PhraseList([.. aspects.Values.SelectMany(v => v)
            .Concat(intents.Where(i => i.Key != "decline").SelectMany(i => i.Value))
            .Select(VietnameseText.Fold).Distinct().OrderByDescending(p => p.Length)]);
        CueWords = aspects.Values.SelectMany(v => v)
            .Concat(intents.Where(i => i.Key != "decline").SelectMany(i => i.Value))
            .SelectMany(p => VietnameseText.Fold(p).Split(' ')).ToHashSet(StringComparer.Ordinal);
        Stopwords = new PhraseList([.. stopwords.Select(VietnameseText.Fold).Distinct().OrderByDescending(p => p.Length)]);
    }

    private static readonly Lazy<AssistantGlossary> BuiltInGlossary = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The build did not embed {Resource}.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    public static AssistantGlossary BuiltIn => BuiltInGlossary.Value;

    /// <summary>Reads the JSON Lines; a line that is none of the known shapes is an error naming its number.</summary>
    public static AssistantGlossary Read(TextReader reader)
    {
        var rewrites = new List<(string, string)>();
        var procedures = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var aspects = new Dictionary<ProcedureAspect, List<string>>();
        var intents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var stopwords = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("means", out var means))
            {
                var official = VietnameseText.Fold(means.GetString());
                rewrites.AddRange(Strings(root, "say").Select(s => (VietnameseText.Fold(s), official)));
            }
            else if (root.TryGetProperty("procedure", out var code))
            {
                Add(procedures, code.GetString()!, Strings(root, "phrases"));
            }
            else if (root.TryGetProperty("aspect", out var aspect))
            {
                var key = Enum.Parse<ProcedureAspect>(aspect.GetString()!, ignoreCase: true);
                Add(aspects, key, Strings(root, "phrases"));
            }
            else if (root.TryGetProperty("intent", out var intent))
            {
                Add(intents, intent.GetString()!, Strings(root, "phrases"));
            }
            else if (root.TryGetProperty("stopwords", out _))
            {
                stopwords.AddRange(Strings(root, "stopwords"));
            }
            else if (!root.TryGetProperty("comment", out _))
            {
                throw new FormatException($"glossary line {number}: none of means, procedure, aspect, intent, stopwords, comment");
            }
        }
        return new AssistantGlossary(rewrites, procedures, aspects, intents, stopwords);
    }

    /// <summary>The folded text with every citizen's phrase replaced by the official words. Two passes, so that
    /// official words that are themselves rewritten (joined against folding collisions) are reached too.</summary>
    public string Rewrite(string folded)
    {
        var padded = " " + folded + " ";
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (say, means) in Rewrites)
            {
                // Twice, because " a a " shares the space between two occurrences.
                padded = padded.Replace(" " + say + " ", " " + means + " ", StringComparison.Ordinal)
                    .Replace(" " + say + " ", " " + means + " ", StringComparison.Ordinal);
            }
        }
        return padded.Trim();
    }

    public bool Has(string intent, string folded) => Intents.TryGetValue(intent, out var cues) && cues.AnyIn(folded);

    private static IEnumerable<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0) : [];

    private static void Add<TKey>(Dictionary<TKey, List<string>> map, TKey key, IEnumerable<string> values)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.AddRange(values);
    }
}
