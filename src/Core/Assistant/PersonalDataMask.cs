using System.Text.RegularExpressions;

namespace CchcFeedback.Core.Assistant;

/// <summary>Masks what identifies a person in a typed question before it is stored: e-mail addresses, and any run
/// of nine or more digits (phone numbers with or without +84, spaces, dots, dashes or brackets, as "(024) 3825 1234";
/// identity card numbers). Procedure codes have too few digits in a row to be touched; a tracking code with nine
/// digits in it is, which is why the assistant reads tracking codes from the text before it is masked.</summary>
public static partial class PersonalDataMask
{
    public const string EmailMask = "[email]";
    public const string NumberMask = "[số điện thoại]";

    public static string Mask(string text) => Replace(text, EmailMask, NumberMask);

    /// <summary>The text with them left out: what is matched and learned from, since a placeholder is not a word of
    /// the question ("số điện thoại" would otherwise become a word of whatever procedure it is attached to).</summary>
    public static string Blank(string text) => Replace(text, " ", " ");

    private static string Replace(string text, string email, string number)
    {
        var masked = Email().Replace(text, email);
        return LongNumber().Replace(masked, m => m.Value.Count(char.IsDigit) >= 9 ? number : m.Value);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*@\s*[\p{L}\p{N}\-]+(\s*\.\s*[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A digit, then digits with up to three separators between each two ("(024) 3825", "0912 - 345"), then a digit.
    [GeneratedRegex(@"\+?\(?\d(?:[\s.\-()]{0,3}\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
