using System.Security.Cryptography;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>QR tokens: 10 characters from 29 that cannot be confused when read aloud or off a poster
/// (no 0/O, 1/I/L, U/V), about 48.6 bits of randomness: not guessable, not sequential.</summary>
public static class TouchpointToken
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Accepts what a person might type from the printed URL: lower case and stray spaces.</summary>
    public static string? Normalise(string? text)
    {
        var token = text?.Trim().ToUpperInvariant();
        return token is { Length: Length } && token.All(Alphabet.Contains) ? token : null;
    }
}
