using System.Net;
using System.Text;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Channels;

public class ZaloWebhookTests(ChannelsApiFactory factory) : IClassFixture<ChannelsApiFactory>
{
    private const string CustomerServicePath = "/openapi/v3.0/oa/message/cs";
    private readonly HttpClient _client = factory.CreateClient();

    private static string NewUser() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<string> TextsTo(string userId) =>
        factory.Platforms.At(CustomerServicePath)
            .Where(r => r.Json!.Value.GetProperty("recipient").GetProperty("user_id").GetString() == userId)
            .Select(r => r.Json!.Value.GetProperty("message").GetProperty("text").GetString()!);

    [Fact]
    public async Task Webhook_GoodSignature_StoresTheEventEncryptedAndAnswers200()
    {
        var user = NewUser();

        var response = await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Text(user, "Xin chào")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single(await factory.EventsOfAsync(user));
        Assert.Equal((ChannelNames.Zalo, "user_send_text"), (stored.Channel, stored.EventName));
        Assert.Equal(-1, stored.ProtectedPayload.AsSpan().IndexOf(Encoding.UTF8.GetBytes($"\"id\":\"{user}\"")));
    }

    [Theory]
    [InlineData("mac=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    public async Task Webhook_BadOrMissingSignature_401AndNothingStored(string signature)
    {
        var user = NewUser();

        var response = await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Text(user, "Xin chào"), signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await factory.EventsOfAsync(user));
    }

    [Fact]
    public async Task Webhook_BodyChangedAfterSigning_401()
    {
        var user = NewUser();
        var body = ZaloEvents.Text(user, "Xin chào");
        var signed = ZaloEvents.Signed(body);
        signed.Content = new StringContent(body.Replace("Xin ch", "Xim ch", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        var response = await _client.SendAsync(signed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await factory.EventsOfAsync(user));
    }

    [Fact]
    public async Task Webhook_RetriedEvent_StoredAndAnsweredOnce()
    {
        var user = NewUser();
        var body = ZaloEvents.Follow(user);

        var first = await _client.SendAsync(ZaloEvents.Signed(body));
        var retry = await _client.SendAsync(ZaloEvents.Signed(body));
        await factory.ProcessEventsOfAsync(user);
        await factory.ProcessEventsOfAsync(user);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var stored = Assert.Single(await factory.EventsOfAsync(user));
        Assert.NotNull(stored.ProcessedAt);
        Assert.Null(stored.ProtectedPayload);
        var greeting = Assert.Single(TextsTo(user));
        Assert.All(ChannelReplies.Menu, choice => Assert.Contains(choice.Text, greeting, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Job_ZaloRefusesTheReply_EventProcessedNotRetriedForEver()
    {
        var user = NewUser();
        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Follow(user)));
        factory.Platforms.CustomerServiceError = -213;
        try
        {
            await factory.ProcessEventsOfAsync(user);
        }
        finally
        {
            factory.Platforms.CustomerServiceError = 0;
        }

        var stored = Assert.Single(await factory.EventsOfAsync(user));
        Assert.NotNull(stored.ProcessedAt);
        Assert.Null(stored.ProtectedPayload);
    }

    [Fact]
    public async Task Job_TextMessage_TheAssistantsReplyReachesZalo()
    {
        var user = NewUser();
        const string Question = "Đăng ký khai sinh cho con cần mang theo những gì";

        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Text(user, Question)));
        await factory.ProcessEventsOfAsync(user);

        var delivered = Assert.Single(TextsTo(user));
        await using var scope = factory.Services.CreateAsyncScope();
        var expected = await scope.ServiceProvider.GetRequiredService<IProcedureAssistant>()
            .ReplyAsync(new AssistantQuestion(Guid.NewGuid(), Question, AssistantChannel.Zalo), CancellationToken.None);
        Assert.StartsWith(expected.Text.Trim(), delivered, StringComparison.Ordinal);
        var access = factory.Platforms.At(CustomerServicePath).Last().Headers["access_token"];
        Assert.StartsWith("access-", access, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_SharedPhoneThenAnswer_LinksByHashAndTheAnswerAndRatingGoByZns()
    {
        var user = NewUser();
        const string Phone = "0915000111";
        Guid petitionId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
            var petition = TestPetitions.New(PetitionStatus.Answered, DateTimeOffset.UtcNow.AddDays(-3))
                .WithContact(scope.ServiceProvider.GetRequiredService<PersonalDataProtector>(), Phone)
                .Answered(DateTimeOffset.UtcNow.AddMinutes(-1));
            petition.ContactEmail = null;
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
            petitionId = petition.Id;
        }

        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.SubmitInfo(user, "84915000111")));
        await factory.ProcessEventsOfAsync(user);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PetitionNotifications>().AnsweredAsync(petitionId);
            await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync();
        }

        Assert.Contains("1 phản ánh", Assert.Single(TextsTo(user)), StringComparison.Ordinal);
        var zns = factory.Platforms.At("/zns/message/template").Where(r => r.Json!.Value.GetProperty("phone").GetString() == "84915000111").ToList();
        Assert.Equal(["300001", "300009"], zns.Select(r => r.Json!.Value.GetProperty("template_id").GetString()).Order());
        await using var check = factory.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<CchcDbContext>();
        var linked = await checkDb.ChannelUsers.SingleAsync(u => u.UserId == user);
        var petitionHash = await checkDb.Petitions.Where(p => p.Id == petitionId).Select(p => p.ContactPhoneHash).SingleAsync();
        Assert.Equal(petitionHash, linked.PhoneHash);
        var notices = await checkDb.OutboxMessages.Where(m => m.DedupeKey.StartsWith(PetitionNotifications.KeyPrefix(petitionId))).ToListAsync();
        Assert.All(notices, n => Assert.Equal((OutboxChannel.Zalo, true), (n.Channel, n.ProviderMessageId is not null && n.SentAt is not null)));
    }

    [Fact]
    public async Task Job_ZnsRatingSentTwice_RatesTheAnswerAndStoresOneZaloRatingOfThePetitionsCounter()
    {
        var user = NewUser();
        Guid petitionId;
        Guid messageId;
        int touchpointId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
            var touchpoint = await db.Touchpoints.Where(t => t.RevokedAt == null && t.CounterId != null).OrderBy(t => t.Id).FirstAsync();
            touchpointId = touchpoint.Id;
            var petition = TestPetitions.New(PetitionStatus.Answered, DateTimeOffset.UtcNow.AddDays(-2)).Answered(DateTimeOffset.UtcNow.AddHours(-1));
            petition.TouchpointId = touchpoint.Id;
            petition.CounterId = touchpoint.CounterId;
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
            petitionId = petition.Id;
            var key = $"{PetitionNotifications.KeyPrefix(petitionId)}rating:1";
            await OutboxWriter.AddAsync(db, new OutboxDraft(OutboxChannel.Zalo, "*******111", "rating", "Mời đánh giá", key), DateTimeOffset.UtcNow);
            messageId = await db.OutboxMessages.Where(m => m.DedupeKey == key).Select(m => m.Id).SingleAsync();
        }

        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Feedback(user, 2, messageId.ToString("N"))));
        await factory.ProcessEventsOfAsync(user);
        await _client.SendAsync(ZaloEvents.Signed(ZaloEvents.Feedback(user, 2, messageId.ToString("N"))));
        await factory.ProcessEventsOfAsync(user);

        await using var check = factory.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<CchcDbContext>();
        var rated = await checkDb.Petitions.AsNoTracking().SingleAsync(p => p.Id == petitionId);
        Assert.Equal(false, rated.AnswerSatisfied);
        Assert.NotNull(rated.AnswerRatedAt);
        var response = await checkDb.SurveyResponses.AsNoTracking().SingleAsync(r => r.Id == messageId);
        Assert.Equal((touchpointId, SurveyChannels.Zalo, QuickRating.Dissatisfied), (response.TouchpointId, response.Channel, response.QuickRating));
        var ratedEvent = await checkDb.PetitionEvents.AsNoTracking().SingleAsync(ev => ev.PetitionId == petitionId && ev.Kind == PetitionEventKind.Rated);
        Assert.Contains(messageId.ToString(), ratedEvent.Data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, QuickRating.VerySatisfied)]
    [InlineData(4, QuickRating.Satisfied)]
    [InlineData(3, QuickRating.Dissatisfied)]
    [InlineData(1, QuickRating.Dissatisfied)]
    public void FromStars_ZaloTemplatesFiveStars_TheQuickRatingsThreeLevels(int stars, QuickRating expected)
    {
        Assert.Equal(expected, ZnsRatings.FromStars(stars));
    }
}
