using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Security;

/// <summary>The one rule for characters in what people type, applied at the edge by every validator of citizen
/// input (Web and Api alike): no control characters, and only well-formed UTF-16. PostgreSQL refuses NUL in
/// text and anything that is not valid UTF-8 (SQLSTATE 22021), and no other control character belongs in a
/// name, a code or a petition; free text keeps its line breaks and tabs.</summary>
public static class TextInput
{
    /// <summary>A name, a code, an address: one line, no control characters. Null and empty are fine (whether
    /// a value is required is another rule).</summary>
    public static bool IsSingleLine(string? text) => IsClean(text, allowLineBreaks: false);

    /// <summary>A petition's text, a comment, a reason: line breaks and tabs allowed, no other control character.</summary>
    public static bool IsFreeText(string? text) => IsClean(text, allowLineBreaks: true);

    /// <summary>Reports a field with a character it must not have through a validator's
    /// <paramref name="fail"/>(field, message); <paramref name="message"/> says so about that field.</summary>
    public static void Check(string? text, bool freeText, string field, LocalizedText message, Action<string, LocalizedText> fail)
    {
        if (!IsClean(text, freeText))
        {
            fail(field, message);
        }
    }

    /// <summary>The text cut to at most <paramref name="maxLength"/> UTF-16 units, never between the halves of a
    /// character beyond the basic plane (an emoji): half of one is not text, and PostgreSQL and the chat platforms
    /// refuse it.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= maxLength ? text : text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
    }

    private static bool IsClean(string? text, bool allowLineBreaks)
    {
        if (text is null)
        {
            return true;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                // A surrogate pair is one character beyond the basic plane (an emoji); half of one is not text.
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c) || (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')))
            {
                return false;
            }
        }
        return true;
    }
}
