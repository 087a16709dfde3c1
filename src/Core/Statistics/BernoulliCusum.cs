namespace CchcFeedback.Core.Statistics;

/// <summary>The per-rating log-likelihood ratios of a fall in a share, on Bernoulli ratings (Reynolds &amp; Stoumbos
/// 1999): each rating adds its log-likelihood ratio of the drop level p₁ against the usual level p₀. Summed and
/// floored at 0 they are Page's one-sided CUSUM, which the drop detector runs to date a drop's evidence (the days
/// since the sum last sat at 0); the Shiryaev–Roberts statistic built from the same increments signals
/// (docs/adr/0013-sustained-drop-alerts.md).</summary>
public static class BernoulliCusum
{
    /// <summary>What one satisfied rating adds (negative) and one dissatisfied rating adds (positive).</summary>
    public static (double Satisfied, double Dissatisfied) Steps(double usual, double dropped)
    {
        Validate(usual, dropped);
        return (Math.Log(dropped / usual), Math.Log((1 - dropped) / (1 - usual)));
    }

    /// <summary>The increment of a batch of ratings (a day's): the sum of their steps.</summary>
    public static double Increment(double usual, double dropped, int satisfied, int ratings)
    {
        var (up, down) = Steps(usual, dropped);
        return satisfied * up + (ratings - satisfied) * down;
    }

    internal static void Validate(double usual, double dropped)
    {
        if (!(usual > 0 && usual < 1 && dropped > 0 && dropped < usual))
        {
            throw new ArgumentOutOfRangeException(nameof(dropped), dropped, "The shares must satisfy 0 < drop level < usual level < 1.");
        }
    }
}
