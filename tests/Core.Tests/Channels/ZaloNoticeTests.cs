using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Channels;

public class ZaloNoticeTests
{
    private const string TemplatePath = "/zns/message/template";

    private static readonly Dictionary<string, string?> Templates = new() { ["Zalo:Templates:answered"] = "301234" };

    private static async Task AddNoticeAsync(ChannelTestServices channels, string key)
    {
        var protector = channels.Services.GetRequiredService<PersonalDataProtector>();
        await using var db = channels.NewDbContext();
        var data = new Dictionary<string, string> { ["code"] = "PA-7KQ3-M9XT-4HR", ["link"] = "https://gopy.quangtri.test/track?code=PA-7KQ3-M9XT-4HR" };
        await OutboxWriter.AddAsync(db, new OutboxDraft(OutboxChannel.Zalo, "*******678", "answered", "Phản ánh PA-7KQ3-M9XT-4HR đã có trả lời.", key,
            protector.Protect("0912345678"), TemplateData: data), channels.Clock.GetUtcNow());
    }

    private static async Task<OutboxMessage> DeliverAsync(ChannelTestServices channels, string key)
    {
        await channels.InScopeAsync(s => s.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync());
        await using var db = channels.NewDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupeKey == key);
    }

    [Fact]
    public async Task DeliverDueAsync_ZaloNotice_SentAsZnsTemplateWithZalosMessageIdRecorded()
    {
        await using var channels = await ChannelTestServices.CreateAsync(extra: Templates);
        await AddNoticeAsync(channels, "zns-ok");

        var message = await DeliverAsync(channels, "zns-ok");

        var request = Assert.Single(channels.Platforms.At(TemplatePath));
        var body = request.Json!.Value;
        Assert.Equal(("84912345678", "301234", "PA-7KQ3-M9XT-4HR"),
            (body.GetProperty("phone").GetString(), body.GetProperty("template_id").GetString(), body.GetProperty("template_data").GetProperty("code").GetString()));
        Assert.Equal(message.Id.ToString("N"), body.GetProperty("tracking_id").GetString());
        Assert.NotNull(message.SentAt);
        Assert.StartsWith("zns-", message.ProviderMessageId, StringComparison.Ordinal);
        Assert.Null(message.ProtectedRecipient);
    }

    [Fact]
    public async Task DeliverDueAsync_ZaloRefuses_GivenUpWithZalosErrorCodeNeverSent()
    {
        await using var channels = await ChannelTestServices.CreateAsync(extra: Templates);
        channels.Platforms.ZnsError = -118;
        await AddNoticeAsync(channels, "zns-refused");

        var message = await DeliverAsync(channels, "zns-refused");

        Assert.Null(message.SentAt);
        Assert.NotNull(message.FailedAt);
        Assert.Equal(-118, message.ProviderErrorCode);
        Assert.Contains("-118", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverDueAsync_NoTemplateForTheKind_GivenUpNamingTheSetting()
    {
        await using var channels = await ChannelTestServices.CreateAsync();
        await AddNoticeAsync(channels, "zns-no-template");

        var message = await DeliverAsync(channels, "zns-no-template");

        Assert.Empty(channels.Platforms.At(TemplatePath));
        Assert.Null(message.SentAt);
        Assert.Contains("Zalo:Templates", message.LastError, StringComparison.Ordinal);
    }
}
