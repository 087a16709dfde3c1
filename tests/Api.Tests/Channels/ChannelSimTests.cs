using CchcFeedback.ChannelSim;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.TestCommon.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary><c>./cchc channel-sim</c> against a running Api and Jobs: what it prints is what the Jobs host replied.</summary>
public class ChannelSimTests(ChannelSimApiFactory api) : IClassFixture<ChannelSimApiFactory>
{
    private const string Question = "lệ phí đăng ký khai sinh";

    private Task<(int ExitCode, string Output, string Error)> SimulateAsync(string channel, string text, string user,
        Action<ZaloOptions, FacebookOptions>? change = null) =>
        SimulateAsync(api, TimeSpan.FromSeconds(30), channel, text, user, change);

    public static async Task<(int ExitCode, string Output, string Error)> SimulateAsync(ChannelSimApiFactory api, TimeSpan timeout, string channel,
        string text, string user, Action<ZaloOptions, FacebookOptions>? change = null)
    {
        var (zalo, facebook) = Options(api.FakeBaseUrl);
        change?.Invoke(zalo, facebook);
        var (output, error) = (new StringWriter(), new StringWriter());
        var simulator = new ChannelSimulator(zalo, facebook, output, error, TimeProvider.System);
        var exitCode = await simulator.RunAsync(new SimulatedMessage(channel, text, user, api.BaseAddress, timeout), CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The channels' settings as the verb binds them, for a fake on <paramref name="fakeBaseUrl"/>.</summary>
    public static (ZaloOptions Zalo, FacebookOptions Facebook) Options(string fakeBaseUrl)
    {
        var settings = FakeChannelPlatforms.Settings(fakeBaseUrl);
        var zalo = new ZaloOptions
        {
            AppId = settings["Zalo:AppId"],
            AppSecret = settings["Zalo:AppSecret"],
            OaSecretKey = settings["Zalo:OaSecretKey"],
            RefreshToken = settings["Zalo:RefreshToken"],
            ApiBaseUrl = new Uri(settings["Zalo:ApiBaseUrl"]!),
            OAuthBaseUrl = new Uri(settings["Zalo:OAuthBaseUrl"]!),
        };
        var facebook = new FacebookOptions
        {
            AppSecret = settings["Facebook:AppSecret"],
            PageAccessToken = settings["Facebook:PageAccessToken"],
            GraphBaseUrl = new Uri(settings["Facebook:GraphBaseUrl"]!),
        };
        return (zalo, facebook);
    }

    /// <summary>What the assistant answered this person, as it stored the exchange.</summary>
    private async Task<string> AnsweredAsync(AssistantChannel channel, string text)
    {
        await using var db = TestDatabase.CreateDbContext(api.ConnectionString);
        var answers = await db.AssistantExchanges.Where(e => e.Channel == channel && e.Question == text).Select(e => e.Answer).ToListAsync();
        return Assert.Single(answers);
    }

    [Fact]
    public async Task RunAsync_ZaloText_PrintsTheReplyTheJobsHostSentThroughTheFake()
    {
        var (exitCode, output, error) = await SimulateAsync("zalo", Question, "zalo-sim-1");

        Assert.True(exitCode == 0, error);
        var answer = await AnsweredAsync(AssistantChannel.Zalo, Question);
        Assert.Contains("Zalo → zalo-sim-1:", output);
        Assert.Contains(answer.Split('\n')[0].Trim(), output);
    }

    [Fact]
    public async Task RunAsync_FacebookText_PrintsTheReplyTheJobsHostSentThroughTheFake()
    {
        var (exitCode, output, error) = await SimulateAsync("facebook", Question, "facebook-sim-1");

        Assert.True(exitCode == 0, error);
        var answer = await AnsweredAsync(AssistantChannel.Facebook, Question);
        Assert.Contains("Facebook → facebook-sim-1:", output);
        Assert.Contains(answer.Split('\n')[0].Trim(), output);
    }

    [Fact]
    public async Task RunAsync_FacebookGreeting_PrintsTheQuickRepliesOfTheReply()
    {
        const string greeting = "xin chào";
        var expected = await AskDirectlyAsync(greeting);

        var (exitCode, output, error) = await SimulateAsync("facebook", greeting, "facebook-sim-2");

        Assert.True(exitCode == 0, error);
        Assert.NotEmpty(expected.Choices);
        Assert.Contains("Quick replies:", output);
        Assert.All(expected.Choices, choice => Assert.Contains($"] {choice.Text}", output));
    }

    /// <summary>The assistant's reply to a first question, asked on the web so the channels' exchanges stay apart.</summary>
    private async Task<AssistantReply> AskDirectlyAsync(string text)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var assistant = scope.ServiceProvider.GetRequiredService<IProcedureAssistant>();
        return await assistant.ReplyAsync(new AssistantQuestion(Guid.NewGuid(), text, AssistantChannel.Web), CancellationToken.None);
    }

    [Fact]
    public async Task RunAsync_WrongOaSecretKey_SaysTheApiRefusedTheSignatureAndStoresNothing()
    {
        var (exitCode, output, error) = await SimulateAsync("zalo", Question, "zalo-sim-wrong", (zalo, _) => zalo.OaSecretKey = "not-the-api's-key");

        Assert.Equal(1, exitCode);
        Assert.Contains("refused the signature (401", error);
        Assert.DoesNotContain("→", output);
        await using var db = TestDatabase.CreateDbContext(api.ConnectionString);
        Assert.False(await db.ChannelEvents.AnyAsync(e => e.UserId == "zalo-sim-wrong"));
    }
}
