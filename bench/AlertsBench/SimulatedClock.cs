namespace CchcFeedback.Bench.Alerts;

/// <summary>The alert job's clock, moved by the simulation from day to day.</summary>
public sealed class SimulatedClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
