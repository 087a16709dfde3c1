namespace CchcFeedback.Core.Statistics;

internal static class StatisticsGuard
{
    public static void Confidence(double confidence, string? name = null)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(name ?? nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        }
    }

    public static void Probability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(name, p, "A p-value must lie between 0 and 1.");
        }
    }
}
