using System.CommandLine;
using CchcFeedback.Jobs.Commands;
using CchcFeedback.TestCommon.Channels;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc channel-sim</c> as the script runs it, where it must stop before anything is sent. The reply
/// itself is tested against a running Api in Api.Tests (<c>ChannelSimTests</c>).</summary>
public class ChannelSimCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await JobsCommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string[] ChannelSettings(string fakeBaseUrl) =>
        [.. FakeChannelPlatforms.Settings(fakeBaseUrl).Select(s => $"--{s.Key}={s.Value}")];

    [Fact]
    public async Task ChannelSim_ApiNotRunning_SaysSoAndExitsNonZero()
    {
        var nothingThere = FakeChannelPlatforms.UnusedBaseUrl();

        var (exitCode, output, error) = await RunAsync(["channel-sim", "zalo", "lệ phí đăng ký khai sinh", "--api", nothingThere,
            .. ChannelSettings(FakeChannelPlatforms.UnusedBaseUrl())]);

        Assert.True(exitCode == 1, error);
        Assert.Contains($"The Api is not running at {nothingThere}", error);
        Assert.Contains("./cchc up", error);
        Assert.Empty(output);
    }

    [Fact]
    public async Task ChannelSim_ChannelOff_NamesTheMissingSetting()
    {
        var (exitCode, _, error) = await RunAsync("channel-sim", "facebook", "xin chào", "--Facebook:AppSecret=");

        Assert.Equal(2, exitCode);
        Assert.Contains("The Facebook channel is off here: Facebook:AppSecret is not set", error);
    }

    [Fact]
    public async Task ChannelSim_RealZaloAddress_RefusesToPlayTheRealPlatform()
    {
        var settings = ChannelSettings(FakeChannelPlatforms.UnusedBaseUrl()).Where(s => !s.StartsWith("--Zalo:ApiBaseUrl=", StringComparison.Ordinal));

        var (exitCode, _, error) = await RunAsync(["channel-sim", "zalo", "xin chào", .. settings]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Zalo:ApiBaseUrl is https://openapi.zalo.me/", error);
    }

    [Fact]
    public async Task ChannelSim_UnknownChannel_IsAParseError()
    {
        var (exitCode, _, error) = await RunAsync("channel-sim", "telegram", "xin chào");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("telegram", error);
    }
}
