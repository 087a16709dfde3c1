using System.Text;
using System.Text.Json;
using CchcFeedback.ChannelSim;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Routing;
using CchcFeedback.TestCommon.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>A petition sent in a chat is answered in that chat: routed by the real routing job, answered through the
/// handling service, its notices delivered by the real outbox to the fake Zalo and Messenger.</summary>
public class ChannelNoticeTests(ChannelFlowApiFactory factory) : IClassFixture<ChannelFlowApiFactory>
{
    private const string PetitionText = "Hồ sơ chứng thực của tôi nộp tại quầy đã quá hẹn một tuần mà chưa có kết quả, cán bộ không giải thích lý do.";
    private const string Answer = "Sở đã kiểm tra: hồ sơ bị chậm do thiếu bản sao; kết quả đã được trả ngày 05/12. Xin lỗi ông/bà vì sự chậm trễ.";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<Petition> SendOnZaloAsync(string user)
    {
        var counter = await factory.CounterCodeWithQrAsync();
        var reply = "";
        foreach (var text in new[] { "Gửi phản ánh", "Góp ý", PetitionText, counter, "Đồng ý", "Gửi" })
        {
            reply = await factory.SayOnZaloAsync(_client, user, text);
        }
        var code = System.Text.RegularExpressions.Regex.Match(reply, @"Mã theo dõi: (\S+)").Groups[1].Value;
        return await PetitionAsync(p => p.TrackingCode == code);
    }

    private async Task<Petition> PetitionAsync(System.Linq.Expressions.Expression<Func<Petition, bool>> where)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CchcDbContext>().Petitions.AsNoTracking()
            .Where(where).OrderByDescending(p => p.ReceivedAt).FirstAsync();
    }

    private async Task RouteAnswerAndDeliverAsync(Guid petitionId)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RoutePetitionJob>().RunAsync(petitionId);
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<PetitionHandling>()
                .AnswerAsync(new PetitionAction(petitionId, Guid.NewGuid(), "lanh-dao@vp.test", Core.Identity.DepartmentScope.Everything), Answer);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message.Vietnamese)));
        }
        await DeliverAsync();
    }

    private async Task DeliverAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync();
    }

    private async Task<List<OutboxMessage>> NoticesAsync(Guid petitionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CchcDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.DedupeKey.StartsWith(PetitionNotifications.KeyPrefix(petitionId))).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private List<string> ZaloNoticesTo(string user) =>
        [.. factory.Platforms.At(ChannelFlowApiFactory.TransactionPath)
            .Where(r => r.Json!.Value.GetProperty("recipient").GetProperty("user_id").GetString() == user)
            .Select(r => string.Join("\n", r.Json!.Value.GetProperty("message").GetProperty("attachment").GetProperty("payload").GetProperty("elements")
                .EnumerateArray().Select(e => e.GetProperty("content").GetString())))];

    [Fact]
    public async Task ZaloPetition_RoutedAndAnswered_TheNoticesAndTheAnswerReachTheSameZaloUser()
    {
        var user = ChannelFlowApiFactory.NewUser();
        var petition = await SendOnZaloAsync(user);

        await RouteAnswerAndDeliverAsync(petition.Id);

        var routed = await PetitionAsync(p => p.Id == petition.Id);
        Assert.NotNull(routed.DepartmentId);
        var notices = ZaloNoticesTo(user);
        Assert.Contains(notices, n => n.Contains("đã được chuyển đến", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains(Answer, StringComparison.Ordinal) && n.Contains(petition.TrackingCode, StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("hài lòng", StringComparison.Ordinal));
        var stored = await NoticesAsync(petition.Id);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, m => Assert.Equal((OutboxChannel.ZaloChat, true, true, false), (m.Channel, m.SentAt is not null,
            m.ProviderMessageId?.StartsWith("tx-", StringComparison.Ordinal) == true, m.Recipient.Contains(user, StringComparison.Ordinal))));
        Assert.DoesNotContain(factory.Platforms.At("/zns/message/template"), r => r.Json!.Value.GetRawText().Contains(petition.TrackingCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ZaloNotice_ZaloRefuses_RecordedNotSentWithItsErrorCode()
    {
        var user = ChannelFlowApiFactory.NewUser();
        var petition = await SendOnZaloAsync(user);
        factory.Platforms.TransactionError = -230;
        try
        {
            await RouteAnswerAndDeliverAsync(petition.Id);
        }
        finally
        {
            factory.Platforms.TransactionError = 0;
        }

        var stored = await NoticesAsync(petition.Id);
        Assert.NotEmpty(stored);
        Assert.All(stored, m => Assert.Equal((false, true, -230, false), (m.SentAt is not null, m.FailedAt is not null, m.ProviderErrorCode,
            m.ProtectedRecipient is not null)));
        Assert.Contains("-230", stored[0].LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReopenedByTheCitizen_NoticeGoesToTheChatItCameFrom()
    {
        var user = ChannelFlowApiFactory.NewUser();
        var petition = await SendOnZaloAsync(user);
        await RouteAnswerAndDeliverAsync(petition.Id);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<CitizenFollowUp>()
                .ReopenAsync(petition.TrackingCode, "Kết quả trả về vẫn thiếu bản chứng thực thứ hai như đã nộp.");
            Assert.Equal(FollowUpOutcome.Done, outcome);
        }
        await DeliverAsync();

        Assert.Contains(ZaloNoticesTo(user), n => n.Contains("đã được mở lại", StringComparison.Ordinal) && n.Contains(petition.TrackingCode, StringComparison.Ordinal));
        var reopened = Assert.Single(await NoticesAsync(petition.Id), m => m.DedupeKey.Contains(":reopened:", StringComparison.Ordinal));
        Assert.NotNull(reopened.SentAt);
    }

    [Fact]
    public async Task FacebookPetition_ShortFlow_StoredAsFacebookAndAnsweredWithAMessageTag()
    {
        const string Psid = "7000123456789012";
        foreach (var text in new[] { "Tôi muốn gửi phản ánh, kiến nghị", "3", PetitionText, "Bỏ qua", "1", "Gửi" })
        {
            await SendOnMessengerAsync(Psid, text);
        }
        var petition = await PetitionAsync(p => p.Channel == PetitionChannel.Facebook);

        await RouteAnswerAndDeliverAsync(petition.Id);

        var replies = factory.Platforms.At(ChannelFlowApiFactory.SendApiPath).Where(r => Recipient(r) == Psid).ToList();
        var kindStep = replies[0].Json!.Value.GetProperty("message").GetProperty("quick_replies").EnumerateArray().Select(q => q.GetProperty("title").GetString()).ToList();
        Assert.Contains("Góp ý", kindStep);
        var answered = Assert.Single(replies, r => r.Json!.Value.GetProperty("message").GetProperty("text").GetString()!.Contains(Answer, StringComparison.Ordinal));
        Assert.Equal(("MESSAGE_TAG", FacebookClient.NoticeTag), (answered.Json!.Value.GetProperty("messaging_type").GetString(), answered.Json!.Value.GetProperty("tag").GetString()));
        Assert.All(await NoticesAsync(petition.Id), m => Assert.Equal((OutboxChannel.Messenger, true), (m.Channel, m.ProviderMessageId is not null)));
    }

    private static string? Recipient(PlatformRequest request) => request.Json!.Value.GetProperty("recipient").GetProperty("id").GetString();

    private async Task SendOnMessengerAsync(string psid, string text)
    {
        var body = JsonSerializer.Serialize(new
        {
            @object = "page",
            entry = new[]
            {
                new
                {
                    id = "page-1",
                    time = 1765072800000,
                    messaging = new[] { new { sender = new { id = psid }, recipient = new { id = "page-1" }, timestamp = 1765072800000, message = new { mid = "m_" + Guid.NewGuid().ToString("N"), text } } },
                },
            },
        });
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/facebook/webhook") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(FacebookSignature.Header, FacebookSignature.Compute(bytes, FakeChannelPlatforms.FacebookAppSecret));
        var response = await _client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await factory.ProcessEventsOfAsync(psid);
    }
}
