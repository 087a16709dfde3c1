using System.Net;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Conversations;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Channels;

/// <summary>The menu's petition flow on Zalo, from signed webhook events through the real event job.</summary>
public class ZaloConversationTests(ChannelFlowApiFactory factory) : IClassFixture<ChannelFlowApiFactory>
{
    private const string PetitionText = "Cán bộ quầy tiếp nhận hẹn trả kết quả ba lần mà vẫn chưa có, đề nghị xem xét.";
    private readonly HttpClient _client = factory.CreateClient();

    private static string NewUser() => ChannelFlowApiFactory.NewUser();

    private List<string> TextsTo(string userId) => factory.ZaloRepliesTo(userId);

    private Task<string> SayAsync(string userId, string text) => factory.SayOnZaloAsync(_client, userId, text);

    [Fact]
    public async Task PetitionFlow_EveryStep_StoresAZaloPetitionAtTheCounterAndDropsTheDraft()
    {
        var user = NewUser();
        var counter = await factory.CounterCodeWithQrAsync();

        Assert.Contains("Góp ý", await SayAsync(user, "Gửi phản ánh"), StringComparison.Ordinal);
        Assert.Contains("nội dung", await SayAsync(user, "gop y"), StringComparison.Ordinal);
        Assert.Contains("ở đâu", await SayAsync(user, PetitionText), StringComparison.Ordinal);
        Assert.Contains("thông báo", await SayAsync(user, counter.ToLowerInvariant()), StringComparison.Ordinal);
        var summary = await SayAsync(user, "Đồng ý");
        Assert.Contains(PetitionText, summary, StringComparison.Ordinal);
        var sent = await SayAsync(user, "Gửi");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
        var petition = await db.Petitions.AsNoTracking().Where(p => p.Text == PetitionText).OrderByDescending(p => p.ReceivedAt).FirstAsync();
        Assert.Equal((PetitionChannel.Zalo, PetitionKind.GopY, PetitionStatus.Received), (petition.Channel, petition.FiledKind, petition.Status));
        Assert.Equal(counter, await db.Counters.Where(c => c.Id == petition.CounterId).Select(c => c.Code).SingleAsync());
        Assert.Equal(user, scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().Unprotect(petition.ProtectedChannelUser!));
        Assert.Contains(petition.TrackingCode, sent, StringComparison.Ordinal);
        Assert.Contains($"/track?code={petition.TrackingCode}", sent, StringComparison.Ordinal);
        var (row, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Null(flow);
        Assert.Null(row.ProtectedFlow);
    }

    [Fact]
    public async Task PetitionFlow_AnsweredInEverydayWords_CoForConsentAndOkToSend_StoresThePetition()
    {
        var user = NewUser();
        const string text = "Bảng hướng dẫn ở sảnh chờ ghi sai giờ làm việc buổi chiều, người dân đến sớm phải chờ lâu.";
        await SayAsync(user, "Gửi phản ánh");
        await SayAsync(user, "Góp ý");
        await SayAsync(user, text);
        await SayAsync(user, "Bỏ qua");

        var summary = await SayAsync(user, "có");
        var sent = await SayAsync(user, "ok");

        Assert.Contains(text, summary, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var petition = await scope.ServiceProvider.GetRequiredService<CchcDbContext>().Petitions.AsNoTracking().SingleAsync(p => p.Text == text);
        Assert.Contains(petition.TrackingCode, sent, StringComparison.Ordinal);
        Assert.NotNull(petition.ProtectedChannelUser);
    }

    [Fact]
    public async Task PetitionFlow_TooShortTextThenUnknownCode_AsksAgainAndKeepsTheDraft()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        await SayAsync(user, "Góp ý");

        var tooShort = await SayAsync(user, "Chậm");
        var afterText = await SayAsync(user, PetitionText);
        var unknown = await SayAsync(user, "KHONG_CO-99");

        Assert.Contains($"ít nhất {PetitionLimits.TextMinLength} ký tự", tooShort, StringComparison.Ordinal);
        Assert.Contains("ở đâu", afterText, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy quầy", unknown, StringComparison.Ordinal);
        var (_, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Equal((ConversationSteps.Place, PetitionKind.GopY, PetitionText), (flow!.Step, flow.Kind, flow.Text));
    }

    [Fact]
    public async Task PetitionFlow_Cancel_DraftGoneAndMenuShown()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        await SayAsync(user, "Góp ý");
        await SayAsync(user, PetitionText);

        var cancelled = await SayAsync(user, "Hủy");

        Assert.Contains("Đã hủy", cancelled, StringComparison.Ordinal);
        Assert.All(ChannelReplies.Menu, choice => Assert.Contains(choice.Text, cancelled, StringComparison.Ordinal));
        var (row, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Null(flow);
        Assert.Null(row.ProtectedFlow);
    }

    [Fact]
    public async Task PetitionFlow_QuietPeriodPassed_DraftVoidAndTheTextGoesToTheAssistant()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        await SayAsync(user, "Góp ý");

        factory.Clock.Advance(ChannelUsers.QuietPeriod + TimeSpan.FromMinutes(1));
        var reply = await SayAsync(user, PetitionText);

        Assert.DoesNotContain("ở đâu", reply, StringComparison.Ordinal);
        var (row, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Null(flow);
        Assert.Null(row.ProtectedFlow);
    }

    [Fact]
    public async Task PetitionFlow_FollowAfterTheQuietPeriod_VoidsTheStaleDraft()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        await SayAsync(user, "Góp ý");

        factory.Clock.Advance(ChannelUsers.QuietPeriod + TimeSpan.FromMinutes(1));
        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Follow(user)));
        await factory.ProcessEventsOfAsync(user);

        var (row, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Null(flow);
        Assert.Null(row.ProtectedFlow);
    }

    [Fact]
    public async Task PetitionFlow_TwoEventsAtOnce_BothAnsweredOneAfterTheOther()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        var before = (await factory.UserAsync(ChannelNames.Zalo, user)).User.FlowVersion;
        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Text(user, "Góp ý")));
        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Text(user, PetitionText)));
        var pending = (await factory.EventsOfAsync(user)).Where(e => e.ProcessedAt is null).Select(e => e.Id).ToList();

        await Task.WhenAll(pending.Select(async id =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ChannelEventJob>().RunAsync(id, CancellationToken.None);
        }));

        var (row, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Equal(before + 2, row.FlowVersion);
        Assert.Equal(PetitionKind.GopY, flow!.Kind);
        // Kind first: the text answered the text step. Text first: it was no kind, asked again, then the kind came.
        Assert.Contains(flow.Step, new[] { ConversationSteps.Place, ConversationSteps.Text });
        Assert.Equal(3, TextsTo(user).Count);
    }

    [Fact]
    public async Task PetitionFlow_RetriedEventAfterItsReply_SameReplyAndTheStepNotTakenTwice()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        var body = ZaloEvents.Text(user, "Góp ý");
        await _client.SendAsync(ZaloEvents.Signed(body));
        var stored = (await factory.EventsOfAsync(user)).Single(e => e.ProcessedAt is null);
        await factory.ProcessEventsOfAsync(user);
        var first = TextsTo(user).Last();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // As if the job had died after the reply but before marking the event processed.
            var reply = await scope.ServiceProvider.GetRequiredService<ChannelConversation>()
                .ReplyAsync(ChannelNames.Zalo, user, stored.EventKey, "Góp ý", CancellationToken.None);
            Assert.Equal(first, ChannelReplies.WithChoicesAsText(reply));
        }

        var (_, flow) = await factory.UserAsync(ChannelNames.Zalo, user);
        Assert.Equal(ConversationSteps.Text, flow!.Step);
    }

    [Fact]
    public async Task RatingFlow_CounterCodeThenALevel_StoredAsAZaloQuickRatingOfThatCounter()
    {
        var user = NewUser();
        var counter = await factory.CounterCodeWithQrAsync();

        await SayAsync(user, "Đánh giá dịch vụ");
        var unknown = await SayAsync(user, "KHONG_CO-99");
        var level = await SayAsync(user, counter);
        var thanks = await SayAsync(user, "Hài lòng");

        Assert.Contains("Không tìm thấy quầy", unknown, StringComparison.Ordinal);
        Assert.Contains("Chưa hài lòng", level, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
        var touchpoint = await db.Touchpoints.Where(t => t.Counter!.Code == counter && t.RevokedAt == null).OrderBy(t => t.Id).FirstAsync();
        Assert.Contains($"/q/{touchpoint.Token}/rate", thanks, StringComparison.Ordinal);
        var response = await db.SurveyResponses.AsNoTracking().Where(r => r.Channel == SurveyChannels.Zalo && r.TouchpointId == touchpoint.Id)
            .OrderByDescending(r => r.SubmittedAt).FirstAsync();
        Assert.Equal(QuickRating.Satisfied, response.QuickRating);
        Assert.Null((await factory.UserAsync(ChannelNames.Zalo, user)).Flow);
    }

    [Fact]
    public async Task Conversation_WholeFlow_NoUserIdOrPetitionTextInTheLogs()
    {
        var user = NewUser();
        await SayAsync(user, "Gửi phản ánh");
        await SayAsync(user, "Góp ý");
        await SayAsync(user, PetitionText);
        await SayAsync(user, "Bỏ qua");
        await SayAsync(user, "Đồng ý");
        await SayAsync(user, "Gửi");

        Assert.NotEmpty(factory.Logs.Lines);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(user, StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(PetitionText[..30], StringComparison.Ordinal));
    }
}
