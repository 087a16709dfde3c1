namespace CchcFeedback.Core.Statistics;

/// <summary>How many answers a criterion received at each level, 1 Rất không hài lòng … 5 Rất hài lòng, and how
/// many said "không áp dụng" (not applicable), which no figure counts.</summary>
public sealed record AnswerCounts
{
    public const int LowestLevel = 1;
    public const int HighestLevel = 5;
    public const int SatisfiedLevel = 4;

    public AnswerCounts(int level1, int level2, int level3, int level4, int level5, int notApplicable = 0)
    {
        foreach (var count in (int[])[level1, level2, level3, level4, level5, notApplicable])
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
        }

        Level1 = level1;
        Level2 = level2;
        Level3 = level3;
        Level4 = level4;
        Level5 = level5;
        NotApplicable = notApplicable;
    }

    public int Level1 { get; }
    public int Level2 { get; }
    public int Level3 { get; }
    public int Level4 { get; }
    public int Level5 { get; }
    public int NotApplicable { get; }

    /// <summary>Answers on the 1–5 scale; the n of every figure built from these counts.</summary>
    public int Valid => Level1 + Level2 + Level3 + Level4 + Level5;

    /// <summary>Answers "Hài lòng" (4) or "Rất hài lòng" (5).</summary>
    public int Satisfied => Level4 + Level5;

    public int Count(int level) => level switch
    {
        1 => Level1,
        2 => Level2,
        3 => Level3,
        4 => Level4,
        5 => Level5,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Levels run from 1 to 5."),
    };

    /// <summary>Counts answers as <see cref="Surveys.SurveyResponse.Answers"/> stores them: 0 for "không áp
    /// dụng" or no answer, 1–5 otherwise.</summary>
    public static AnswerCounts FromStoredAnswers(IEnumerable<short> answers) =>
        FromAnswers(answers.Select(a => a == 0 ? (int?)null : a));

    /// <summary>Counts raw answers, where null stands for "không áp dụng".</summary>
    public static AnswerCounts FromAnswers(IEnumerable<int?> answers)
    {
        var counts = new int[HighestLevel + 1];
        foreach (var answer in answers)
        {
            if (answer is { } level and (< LowestLevel or > HighestLevel))
            {
                throw new ArgumentOutOfRangeException(nameof(answers), level, "Levels run from 1 to 5.");
            }

            counts[answer ?? 0]++;
        }

        return new AnswerCounts(counts[1], counts[2], counts[3], counts[4], counts[5], counts[0]);
    }
}
