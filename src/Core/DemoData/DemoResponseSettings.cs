namespace CchcFeedback.Core.DemoData;

/// <summary>How many demo responses, from which seed, over how many months before <see cref="Now"/>.</summary>
public sealed record DemoResponseSettings(long Responses, int Seed, int Months, DateTimeOffset Now)
{
    public const int DefaultSeed = 1;
    public const int DefaultMonths = 13;
    public const int MaxMonths = 120;
    public const long MaxResponses = 1_000_000_000;

    public void Validate()
    {
        if (Responses is <= 0 or > MaxResponses)
        {
            throw new ArgumentOutOfRangeException(nameof(Responses), Responses, $"The number of responses must be between 1 and {MaxResponses}.");
        }
        if (Months is <= 0 or > MaxMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(Months), Months, $"The months must be between 1 and {MaxMonths}.");
        }
    }
}
