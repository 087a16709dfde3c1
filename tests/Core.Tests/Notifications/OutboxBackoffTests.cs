using CchcFeedback.Core.Notifications;

namespace CchcFeedback.Core.Tests.Notifications;

public class OutboxBackoffTests
{
    private static readonly OutboxOptions Options = new() { FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromHours(6) };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 16)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(1000, 360)]
    public void Delay_NoJitterDrawn_HalfOfTheDoubledDelayUpToTheCap(int failures, int fullMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(fullMinutes / 2.0), OutboxBackoff.Delay(failures, Options, unitRandom: 0));
    }

    [Theory]
    [InlineData(0.25, 37.5)]
    [InlineData(0.5, 45)]
    [InlineData(0.999999, 60)]
    public void Delay_Jitter_BetweenHalfAndTheWholeDelay(double unitRandom, double seconds)
    {
        Assert.Equal(seconds, OutboxBackoff.Delay(1, Options, unitRandom).TotalSeconds, precision: 3);
    }

    [Fact]
    public void Delay_NoFailure_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxBackoff.Delay(0, Options, 0.5));
    }
}
