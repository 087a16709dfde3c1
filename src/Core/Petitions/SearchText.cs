using System.Globalization;
using System.Text;

namespace CchcFeedback.Core.Petitions;

/// <summary>Folds Vietnamese for trigram comparison: lower case, diacritics removed, đ as d, runs of anything
/// else as one space. "Máy lấy số" and "may lay so" then compare as equal.</summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                folded.Append(lower);
                space = false;
            }
            else if (!space && folded.Length > 0)
            {
                folded.Append(' ');
                space = true;
            }
        }
        return folded.ToString().TrimEnd();
    }
}
