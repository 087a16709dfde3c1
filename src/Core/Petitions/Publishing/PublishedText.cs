using System.Text.RegularExpressions;

namespace CchcFeedback.Core.Petitions.Publishing;

/// <summary>A last guard before text is shown to everyone: phone numbers and e-mail addresses a citizen or an
/// officer typed into a title, a text or an answer are masked. Names cannot be told from other words and are left
/// to the department's redaction.</summary>
public static partial class PublishedText
{
    public const string Mask = "***";

    public static string Masked(string text) => PhoneNumber().Replace(EmailAddress().Replace(text, Mask), Mask);

    // Vietnamese numbers: 0 or +84 then 9 or 10 digits, as people write them (spaces, dots, hyphens).
    [GeneratedRegex(@"(?<![\d+])(?:\+?84|0)(?:[\s.\-]?\d){8,10}(?!\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+")]
    private static partial Regex EmailAddress();
}
