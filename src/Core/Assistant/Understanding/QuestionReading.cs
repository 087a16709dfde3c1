using System.Text.RegularExpressions;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Assistant.Understanding;

/// <summary>What the words of a question say before any procedure is scored: a tracking code or a catalog code
/// typed in it, the aspects asked about and the cues of the other intents.</summary>
public sealed partial record QuestionReading(
    string Folded,
    string Rewritten,
    string? TypedTrackingCode,
    string? TrackingCode,
    string? CatalogCode,
    IReadOnlyList<ProcedureAspect> Aspects,
    bool TrackCue,
    bool PetitionCue,
    bool RateCue,
    bool DeclineCue)
{
    /// <summary>Reads the question as typed: codes from the text itself, words from it without its personal data.</summary>
    public static QuestionReading Read(string text, AssistantGlossary glossary, IReadOnlyCollection<string> catalogCodes)
    {
        var folded = VietnameseText.Fold(PersonalDataMask.Blank(text));
        var rewritten = glossary.Rewrite(folded);
        var typed = TrackingCodeLike().Match(text.ToUpperInvariant());
        var catalogCode = CatalogCodeLike().Matches(text)
            .Select(m => $"{m.Groups[1].Value.ToUpperInvariant()}-{m.Groups[2].Value}")
            .FirstOrDefault(code => catalogCodes.Contains(code, StringComparer.OrdinalIgnoreCase));
        // Aspects on the folded words: rewriting joins some of them ("bản sao" → bansao).
        var aspects = glossary.Aspects.Where(a => a.Value.AnyIn(folded)).Select(a => a.Key).ToList();
        return new QuestionReading(
            folded,
            rewritten,
            typed.Success ? typed.Value : null,
            typed.Success ? Petitions.TrackingCode.Normalise(typed.Value) : null,
            catalogCode,
            aspects,
            glossary.Has("track", rewritten),
            glossary.Has("petition", rewritten),
            glossary.Has("rate", rewritten),
            glossary.Has("decline", rewritten));
    }

    // PA-7KQ3-M9XT-4HR as printed, with spaces or dots, or none; the check character is verified afterwards.
    [GeneratedRegex(@"\bPA[\s\-.]*[0-9A-Z]{4}[\s\-.]*[0-9A-Z]{4}[\s\-.]*[0-9A-Z]{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrackingCodeLike();

    // HT-01, ct 02, CTH-01: letters then two digits, as the catalog writes its codes.
    [GeneratedRegex(@"\b([A-Za-z]{2,3})\s*[-_.]?\s*(\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CatalogCodeLike();
}
