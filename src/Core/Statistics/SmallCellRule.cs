namespace CchcFeedback.Core.Statistics;

/// <summary>A figure from fewer than 10 answers is published as "không đủ dữ liệu", never as a number
/// (SIPAS.md, small cells): it would be too noisy to read and could point at the few people who answered.</summary>
public static class SmallCellRule
{
    public const int MinimumAnswers = 10;
    public const string NotEnoughDataVi = "không đủ dữ liệu";
    public const string NotEnoughDataEn = "not enough data";

    public static bool IsPublishable(int answers, int minimumAnswers = MinimumAnswers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(answers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumAnswers);
        return answers >= minimumAnswers;
    }

    public static PublishedFigure<T> Apply<T>(T figure, int answers, int minimumAnswers = MinimumAnswers)
        where T : notnull =>
        IsPublishable(answers, minimumAnswers)
            ? PublishedFigure<T>.Shown(figure, answers)
            : PublishedFigure<T>.Suppressed(answers);

    /// <summary>Computes the figure only when it may be published, so a calculation that needs more data than
    /// a small cell has (a t-interval, an interval on zero answers) is never attempted.</summary>
    public static PublishedFigure<T> Apply<T>(int answers, Func<T> compute, int minimumAnswers = MinimumAnswers)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(compute);
        return IsPublishable(answers, minimumAnswers)
            ? PublishedFigure<T>.Shown(compute(), answers)
            : PublishedFigure<T>.Suppressed(answers);
    }
}
