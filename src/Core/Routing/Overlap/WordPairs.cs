using System.Security.Cryptography;
using System.Text;

namespace CchcFeedback.Core.Routing.Overlap;

/// <summary>The word pairs (bigrams) of a text after folding (<see cref="VietnameseText"/>): the unit by which a
/// training text is compared with a development item. Vietnamese words are mostly two syllables, so a shared pair
/// is about one shared word, and a text sharing half its pairs with another is a paraphrase of it.</summary>
public static class WordPairs
{
    public static IReadOnlySet<string> Of(string? text)
    {
        var words = VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Length; i++)
        {
            pairs.Add(words[i - 1] + " " + words[i]);
        }
        return pairs;
    }

    /// <summary>A pair as it is kept in the committed fingerprint file: the first 16 hex digits of its SHA-256,
    /// so that the file says which pairs a development item has without holding its words (2^64 values make a
    /// collision between a few thousand pairs practically impossible).</summary>
    public static string Hash(string pair) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pair)))[..16];

    public static IReadOnlySet<string> HashesOf(string? text) =>
        Of(text).Select(Hash).ToHashSet(StringComparer.Ordinal);
}
