using CchcFeedback.ChannelSim;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.TestCommon.Channels;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>The Api on a real socket with neither channel configured.</summary>
public sealed class ChannelsOffKestrelApiFactory : KestrelWebApplicationFactory<Program>;

/// <summary><c>channel-sim</c> against an Api whose channels are off (started without the development settings).</summary>
public class ChannelSimChannelOffTests(ChannelsOffKestrelApiFactory api) : IClassFixture<ChannelsOffKestrelApiFactory>
{
    [Fact]
    public async Task RunAsync_ChannelOffInTheApi_SaysSoAndExitsNonZero()
    {
        var (_, facebook) = ChannelSimTests.Options(FakeChannelPlatforms.UnusedBaseUrl());
        var (output, error) = (new StringWriter(), new StringWriter());
        var simulator = new ChannelSimulator(new ZaloOptions(), facebook, output, error, TimeProvider.System);

        var exitCode = await simulator.RunAsync(new SimulatedMessage("facebook", "xin chào", "facebook-off", api.BaseAddress, TimeSpan.FromSeconds(5)), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("The running Api answered 404 \"This channel is not configured.\"", error.ToString());
        Assert.Contains("its Facebook channel is off", error.ToString());
        Assert.Empty(output.ToString());
    }
}
