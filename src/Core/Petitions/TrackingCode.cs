using System.Security.Cryptography;
using System.Text;

namespace CchcFeedback.Core.Petitions;

/// <summary>Public petition codes such as <c>PA-7KQ3-M9XT-4HR</c>: ten random characters (50 bits: not guessable,
/// not sequential) from Crockford's base 32 (no I, L, O, U: nothing to confuse when read aloud or copied), then
/// one check character.
/// The check makes Σ αⁱ·cᵢ = 0 in GF(32), α a primitive element: every weight is a distinct non-zero field element,
/// so any one wrong character and any swap of two different characters give a non-zero sum and are caught.</summary>
public static class TrackingCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const string Prefix = "PA";
    public const int RandomLength = 10;

    /// <summary>The printed form's length: <c>PA-XXXX-XXXX-XXC</c>.</summary>
    public const int Length = 16;

    // x⁵ + x² + 1, irreducible over GF(2): GF(32) with x as a primitive element (31 is prime).
    private const int FieldPolynomial = 0b100101;

    public static string New()
    {
        var symbols = RandomNumberGenerator.GetString(Alphabet, RandomLength);
        return Format(symbols + Alphabet[CheckValue(symbols)]);
    }

    /// <summary>The canonical code for what a person typed or read (lower case, spaces, hyphens or none, the
    /// prefix or not; O for 0 and I or L for 1, as Crockford allows), or null when it is not a valid code,
    /// including when its check character does not match.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        var compact = new StringBuilder(typed.Length);
        foreach (var c in typed.Trim().ToUpperInvariant())
        {
            if (c is '-' or ' ' or '.' or '_' or '\u2010' or '\u2013')
            {
                continue;
            }
            compact.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }
        var symbols = compact.ToString();
        if (symbols.Length == Prefix.Length + RandomLength + 1 && symbols.StartsWith(Prefix, StringComparison.Ordinal))
        {
            symbols = symbols[Prefix.Length..];
        }
        if (symbols.Length != RandomLength + 1 || !symbols.All(Alphabet.Contains) || WeightedSum(symbols) != 0)
        {
            return null;
        }
        return Format(symbols);
    }

    public static bool IsValid(string? typed) => Normalise(typed) is not null;

    private static string Format(string symbols) =>
        $"{Prefix}-{symbols[..4]}-{symbols[4..8]}-{symbols[8..]}";

    /// <summary>The check symbol c with Σ αⁱ·dᵢ + α^n·c = 0; in characteristic 2, c = α^-n · Σ αⁱ·dᵢ.</summary>
    private static int CheckValue(string data)
    {
        var sum = WeightedSum(data);
        var weight = Power(data.Length);
        return Multiply(sum, Inverse(weight));
    }

    private static int WeightedSum(string symbols)
    {
        var sum = 0;
        var weight = 1;
        foreach (var symbol in symbols)
        {
            sum ^= Multiply(weight, Alphabet.IndexOf(symbol));
            weight = Multiply(weight, 2);
        }
        return sum;
    }

    private static int Power(int exponent)
    {
        var value = 1;
        for (var i = 0; i < exponent; i++)
        {
            value = Multiply(value, 2);
        }
        return value;
    }

    /// <summary>a⁻¹ = a³⁰ in GF(32).</summary>
    private static int Inverse(int a)
    {
        var value = 1;
        for (var i = 0; i < 30; i++)
        {
            value = Multiply(value, a);
        }
        return value;
    }

    private static int Multiply(int a, int b)
    {
        var product = 0;
        while (b != 0)
        {
            if ((b & 1) != 0)
            {
                product ^= a;
            }
            b >>= 1;
            a <<= 1;
            if ((a & 0b100000) != 0)
            {
                a ^= FieldPolynomial;
            }
        }
        return product;
    }
}
