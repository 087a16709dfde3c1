using System.Text.RegularExpressions;

namespace CchcFeedback.Core.Assistant;

/// <summary>Masks what identifies a person in a typed question before it is stored: e-mail addresses, and any run
/// of nine or more digits (phone numbers with or without +84, spaces, dots or dashes; identity card numbers).
/// Tracking codes (PA-XXXX-XXXX-XXX) and procedure codes have too few digits in a row to be touched.</summary>
public static partial class PersonalDataMask
{
    public const string EmailMask = "[email]";
    public const string NumberMask = "[số điện thoại]";

    public static string Mask(string text)
    {
        var masked = Email().Replace(text, EmailMask);
        return LongNumber().Replace(masked, m => m.Value.Count(char.IsDigit) >= 9 ? NumberMask : m.Value);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*@\s*[\p{L}\p{N}\-]+(\s*\.\s*[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A digit, then digits with at most one separator between each two, then a digit.
    [GeneratedRegex(@"\+?\(?\d(?:[\s.\-()]?\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
