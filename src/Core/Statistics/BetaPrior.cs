namespace CchcFeedback.Core.Statistics;

/// <summary>A Beta(α, β) prior for units' satisfaction shares; α + β is how many answers' worth of weight it has.</summary>
public sealed record BetaPrior(double Alpha, double Beta)
{
    /// <summary>Beta(1, 1), the uniform prior: (k + 1)/(n + 2), Laplace's rule of succession.</summary>
    public static BetaPrior Uniform { get; } = new(1, 1);

    public double Mean => Alpha / (Alpha + Beta);

    public double Strength => Alpha + Beta;

    /// <summary>The posterior mean (k + α)/(n + α + β).</summary>
    public double Shrink(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        return (successes + Alpha) / (trials + Alpha + Beta);
    }
}
