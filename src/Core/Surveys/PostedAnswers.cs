using System.Globalization;
using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Surveys;

/// <summary>The full form's answers as a browser posts them, criterion number → level, read strictly: only the
/// form's criterion numbers and only 0 (không áp dụng) to 5. Anything else is refused rather than stored as
/// "không áp dụng", which would change the figures without anyone knowing.</summary>
public static class PostedAnswers
{
    public static readonly SurveyFieldError Invalid = new("answers",
        LocalizedText.Vi("Câu trả lời không hợp lệ: mỗi tiêu chí chỉ nhận mức 1 đến 5, hoặc không áp dụng."));

    /// <summary>One entry per criterion in order (0 where none was chosen), or null when a key or a level is not
    /// one the form has.</summary>
    public static short[]? Read(IReadOnlyDictionary<string, string?> posted, SurveyFormDefinition form)
    {
        var positions = form.Elements.SelectMany(e => e.Criteria).Select((c, index) => (c.Number, index)).ToDictionary(c => c.Number, c => c.index);
        var answers = new short[positions.Count];
        foreach (var (key, value) in posted)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !positions.TryGetValue(number, out var position)
                || !short.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > 5)
            {
                return null;
            }
            answers[position] = level;
        }
        return answers;
    }
}
