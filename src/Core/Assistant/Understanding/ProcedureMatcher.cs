using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Assistant.Understanding;

/// <summary>Scores every procedure of the catalog against a question, from the official names, the glossary's
/// phrases and the questions managers attached to a procedure (learned phrases).
/// Words and adjacent word pairs are weighted by how few procedures use them (inverse document frequency), so
/// "khai sinh" weighs more than "giấy". A procedure's score mixes how completely its best phrase is present in
/// the question (scaled down for phrases too short to be specific) and how much of the question its words
/// explain: a question about a passport explains nothing of "Cấp đổi giấy phép lái xe" beyond "cấp đổi".</summary>
public sealed class ProcedureMatcher
{
    private const double PhraseShare = 0.6;

    // Weight of a question word that no procedure uses: an unknown word makes a question less explained, but
    // less than a word that belongs to another procedure.
    private const double UnknownWordWeight = 1.5;

    // A phrase whose words weigh less than this is only partly trusted: one common word points nowhere.
    private const double SpecificMass = 4.0;

    private sealed record Phrase(string Code, string[] Features, double Mass);

    private readonly AssistantGlossary _glossary;
    private readonly List<Phrase> _phrases = [];
    private readonly Dictionary<string, HashSet<string>> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly string[] _codes;

    public ProcedureMatcher(
        IEnumerable<(string Code, string Name)> procedures,
        AssistantGlossary glossary,
        IEnumerable<(string Code, string FoldedQuestion)> learned)
    {
        _glossary = glossary;
        var texts = new List<(string Code, string Folded)>();
        var catalog = procedures.ToList();
        _codes = [.. catalog.Select(p => p.Code)];
        var known = new HashSet<string>(_codes, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, name) in catalog)
        {
            texts.Add((code, glossary.Rewrite(VietnameseText.Fold(name))));
            foreach (var phrase in glossary.ProcedurePhrases.GetValueOrDefault(code) ?? [])
            {
                texts.Add((code, glossary.Rewrite(VietnameseText.Fold(phrase))));
            }
        }
        texts.AddRange(learned.Where(l => known.Contains(l.Code)).Select(l => (l.Code, glossary.Rewrite(l.FoldedQuestion))));
        var featured = texts.Select(t => (t.Code, Features: Features(ContentTokens(t.Folded)))).Where(t => t.Features.Length > 0).ToList();
        foreach (var (code, features) in featured)
        {
            if (!_vocabulary.TryGetValue(code, out var words))
            {
                _vocabulary[code] = words = new HashSet<string>(StringComparer.Ordinal);
            }
            words.UnionWith(features);
        }
        foreach (var feature in _vocabulary.Values.SelectMany(v => v))
        {
            _documentFrequency[feature] = _documentFrequency.GetValueOrDefault(feature) + 1;
        }
        var count = Math.Max(1, _vocabulary.Count);
        foreach (var (feature, frequency) in _documentFrequency)
        {
            _idf[feature] = Math.Log(1.0 + (double)count / frequency);
        }
        _phrases.AddRange(featured.Select(f => new Phrase(f.Code, f.Features, f.Features.Sum(x => _idf[x]))));
    }

    public IReadOnlyCollection<string> Codes => _codes;

    /// <summary>Every procedure with a score above zero, best first, for a folded and rewritten question, and
    /// whether some word of the question belongs to the best procedure and not to the second: without one,
    /// nothing in the question tells the two apart ("doanh nghiệp" alone).</summary>
    public ProcedureMatch Match(string rewritten)
    {
        var tokens = ContentTokens(_glossary.Cues.Erase(rewritten)).Select(Correct).ToArray();
        var features = new HashSet<string>(Features(tokens), StringComparer.Ordinal);
        var words = tokens.Where(t => t != Breaker).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return new ProcedureMatch([], false);
        }
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var phrase in _phrases)
        {
            var present = phrase.Features.Where(features.Contains).Sum(f => _idf[f]);
            if (present <= 0)
            {
                continue;
            }
            var coverage = present / phrase.Mass * Math.Min(1.0, phrase.Mass / SpecificMass);
            if (coverage > best.GetValueOrDefault(phrase.Code))
            {
                best[phrase.Code] = coverage;
            }
        }
        List<ProcedureCandidate> candidates = [.. best.Select(b =>
            {
                var vocabulary = _vocabulary[b.Key];
                var explained = words.Where(vocabulary.Contains).Sum(WordWeight)
                    / Math.Max(1e-9, words.Where(w => vocabulary.Contains(w) || !_glossary.CueWords.Contains(w)).Sum(WordWeight));
                return new ProcedureCandidate(b.Key, PhraseShare * b.Value + (1 - PhraseShare) * explained);
            })
            .OrderByDescending(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal)];
        var distinct = candidates.Count == 1 || (candidates.Count > 1
            && features.Any(f => _vocabulary[candidates[0].Code].Contains(f) && !_vocabulary[candidates[1].Code].Contains(f)));
        return new ProcedureMatch(candidates, distinct);
    }

    private const string Breaker = "|";

    private double WordWeight(string word) => _idf.GetValueOrDefault(word, UnknownWordWeight);

    /// <summary>The words that can say which procedure: stopwords blanked out (as <see cref="Breaker"/>, so no
    /// word pair spans them).</summary>
    private string[] ContentTokens(string folded) =>
        _glossary.Stopwords.Erase(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Features(string[] tokens)
    {
        var features = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == Breaker)
            {
                continue;
            }
            features.Add(tokens[i]);
            if (i + 1 < tokens.Length && tokens[i + 1] != Breaker)
            {
                features.Add(tokens[i] + "_" + tokens[i + 1]);
            }
        }
        return [.. features.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A word no procedure uses, one typing slip away (a letter missing, extra, wrong or two swapped) from
    /// one that some procedure uses, is read as that word; the commonest wins a tie. Short words are left alone:
    /// too many Vietnamese syllables are one letter apart.</summary>
    private string Correct(string token)
    {
        if (token == Breaker || token.Length < 4 || _documentFrequency.ContainsKey(token))
        {
            return token;
        }
        string? best = null;
        var bestFrequency = 0;
        foreach (var (word, frequency) in _documentFrequency)
        {
            if (word.Contains('_', StringComparison.Ordinal) || Math.Abs(word.Length - token.Length) > 1 || frequency <= bestFrequency)
            {
                continue;
            }
            if (OneEditApart(token, word))
            {
                best = word;
                bestFrequency = frequency;
            }
        }
        return best ?? token;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var differences = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return differences.Count == 1
                || (differences.Count == 2 && differences[1] == differences[0] + 1
                    && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]);
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }
}
