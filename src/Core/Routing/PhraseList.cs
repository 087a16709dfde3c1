namespace CchcFeedback.Core.Routing;

/// <summary>Whole-word phrases looked up in folded text (<see cref="VietnameseText.Fold"/>): "phi" must not
/// match inside "chi phi" unless the list says so, and "to cao" must not match "to cao hon".</summary>
public sealed class PhraseList(params string[] phrases)
{
    private readonly string[] _phrases = [.. phrases.Select(p => " " + VietnameseText.Fold(p) + " ")];

    /// <summary>The first phrase found in <paramref name="folded"/>, folded, or null.</summary>
    public string? FirstIn(string folded)
    {
        var padded = " " + folded + " ";
        return _phrases.FirstOrDefault(p => padded.Contains(p, StringComparison.Ordinal))?.Trim();
    }

    public bool AnyIn(string folded) => FirstIn(folded) is not null;

    /// <summary>The folded text with every phrase of the list blanked out, so later lists cannot match it.</summary>
    public string Erase(string folded)
    {
        var padded = " " + folded + " ";
        foreach (var phrase in _phrases)
        {
            while (padded.Contains(phrase, StringComparison.Ordinal))
            {
                padded = padded.Replace(phrase, " | ", StringComparison.Ordinal);
            }
        }
        return padded.Trim();
    }
}
