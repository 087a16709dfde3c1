using System.Text.RegularExpressions;
using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Security;

/// <summary>The one rule for a code people type (a dossier's, a procedure's), applied by the survey and petition
/// validators alike: no longer than its column, a letter or digit first, then letters, digits and - _ . /. A code
/// that is too long is told so, not that it has a character it does not have.</summary>
public static partial class CodeInput
{
    public static readonly CodeWords Dossier = new(
        LocalizedText.Vi("Mã hồ sơ dài quá {0} ký tự."),
        LocalizedText.Vi("Mã hồ sơ chỉ gồm chữ, số và các dấu - _ . /"));

    public static readonly CodeWords Procedure = new(
        LocalizedText.Vi("Mã thủ tục dài quá {0} ký tự."),
        LocalizedText.Vi("Mã thủ tục chỉ gồm chữ, số và các dấu - _ . /"));

    /// <summary>Reports a code that breaks the rule through a validator's <paramref name="fail"/>(field, message).
    /// Null and empty are fine (whether a code is required is another rule).</summary>
    public static void Check(string? code, int maxLength, string field, CodeWords words, Action<string, LocalizedText> fail)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(fail);
        if (string.IsNullOrEmpty(code))
        {
            return;
        }
        if (code.Length > maxLength)
        {
            fail(field, words.TooLong with { Arguments = [maxLength] });
        }
        else if (!CodePattern().IsMatch(code))
        {
            fail(field, words.BadCharacters);
        }
    }

    /// <summary>Whether the text has a code's shape (its length aside): what a chat reads as a code typed.</summary>
    public static bool IsWellFormed(string text) => CodePattern().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/\-]*$")]
    private static partial Regex CodePattern();
}

/// <summary>What <see cref="CodeInput"/> says about one code: too long ({0} the maximum), or a character it may
/// not have. Each sentence is written whole, so the resx translates it whole.</summary>
public sealed record CodeWords(LocalizedText TooLong, LocalizedText BadCharacters);
