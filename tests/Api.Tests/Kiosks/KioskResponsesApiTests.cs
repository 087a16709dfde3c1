using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Core.Kiosks;
using CchcFeedback.TestCommon.Kiosks;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Tests.Kiosks;

public class KioskResponsesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/kiosks/responses";

    private async Task<(HttpClient Client, CreatedKiosk Kiosk)> PairedAsync()
    {
        var kiosk = await TestKiosks.PairAsync(factory);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestKiosks.KeyHeader, kiosk.Key.ToString());
        return (client, kiosk);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, params object[] taps)
    {
        var response = await client.PostAsJsonAsync(Url, new { taps });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<Guid> Ids(JsonElement body, string list) => [.. body.GetProperty(list).EnumerateArray().Select(e => e.GetGuid())];

    private async Task<List<KioskTap>> TapsAsync(int kioskId)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.KioskTaps.AsNoTracking().Where(t => t.KioskId == kioskId).OrderBy(t => t.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Post_SameBatchTwice_StoresEachTapOnceAndSaysItHasThem()
    {
        var (client, kiosk) = await PairedAsync();
        var now = DateTimeOffset.UtcNow;
        object[] taps = [.. Enumerable.Range(0, 5).Select(i => TestKiosks.Tap(Guid.NewGuid(), i, now.AddMinutes(-10 + i * 2)))];

        var first = await SendAsync(client, taps);
        var second = await SendAsync(client, taps);

        Assert.Equal(5, Ids(first, "accepted").Count);
        Assert.Empty(Ids(second, "accepted"));
        Assert.Equal(Ids(first, "accepted").Order(), Ids(second, "alreadyStored").Order());
        var stored = await TapsAsync(kiosk.Kiosk.Id);
        Assert.Equal(5, stored.Count);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var responseIds = stored.Select(t => t.ResponseId).ToList();
        var responses = await db.SurveyResponses.Where(r => responseIds.Contains(r.Id)).ToListAsync();
        Assert.Equal(5, responses.Count);
        Assert.All(responses, r => Assert.Equal("kiosk", r.Channel));
        Assert.All(responses, r => Assert.Equal(kiosk.Kiosk.TouchpointId, r.TouchpointId));
    }

    [Fact]
    public async Task Post_PartlyInvalidBatch_StoresTheValidTapsAndRefusesEachBadOneWithItsField()
    {
        var (client, kiosk) = await PairedAsync();
        var now = DateTimeOffset.UtcNow;
        var good = Guid.NewGuid();
        var dissatisfied = Guid.NewGuid();
        var badRating = TestKiosks.Tap(Guid.NewGuid(), 1, now, "furious");
        var reasonsWithoutDissatisfaction = TestKiosks.Tap(Guid.NewGuid(), 2, now, "satisfied", "waited_long");
        var noId = TestKiosks.Tap(Guid.Empty, 3, now);
        noId["clientId"] = "not-a-uuid";

        var body = await SendAsync(client, TestKiosks.Tap(good, 0, now), badRating, reasonsWithoutDissatisfaction, noId,
            TestKiosks.Tap(dissatisfied, 4, now, "dissatisfied", "waited_long", "staff_attitude"));

        Assert.Equal(new[] { good, dissatisfied }.Order(), Ids(body, "accepted").Order());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("index").GetInt32(), r => r.GetProperty("errors"));
        Assert.Equal([1, 2, 3], rejected.Keys.Order());
        Assert.True(rejected[1].TryGetProperty("quickRating", out _));
        Assert.True(rejected[2].TryGetProperty("dissatisfactionReasons", out _));
        Assert.True(rejected[3].TryGetProperty("clientId", out _));
        var stored = await TapsAsync(kiosk.Kiosk.Id);
        Assert.Equal([good, dissatisfied], stored.Select(t => t.ClientId));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var reasons = await db.SurveyResponses.Where(r => r.Id == stored[1].ResponseId).Select(r => r.DissatisfactionReasons).SingleAsync();
        Assert.Equal(["waited_long", "staff_attitude"], reasons);
    }

    [Fact]
    public async Task Post_TapWithFullSipasAnswersSentTwice_StoresOneKioskResponseWithItsAnswers()
    {
        var (client, kiosk) = await PairedAsync();
        var criteria = Core.Surveys.SurveyForms.Current.CriterionCount;
        short[] answers = [.. Enumerable.Range(0, criteria).Select(i => (short)(i % 6))];
        var full = TestKiosks.Tap(Guid.NewGuid(), 0, DateTimeOffset.UtcNow, "satisfied");
        full["answers"] = answers;
        var tooFew = TestKiosks.Tap(Guid.NewGuid(), 1, DateTimeOffset.UtcNow, "satisfied");
        tooFew["answers"] = answers[1..];

        var first = await SendAsync(client, full, tooFew);
        var second = await SendAsync(client, full);

        Assert.Single(Ids(first, "accepted"));
        Assert.True(first.GetProperty("rejected")[0].GetProperty("errors").TryGetProperty("answers", out _));
        Assert.Single(Ids(second, "alreadyStored"));
        var stored = Assert.Single(await TapsAsync(kiosk.Kiosk.Id));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var response = await db.SurveyResponses.AsNoTracking().SingleAsync(r => r.Id == stored.ResponseId);
        Assert.Equal("kiosk", response.Channel);
        Assert.Equal(answers, response.Answers);
        Assert.NotNull(response.FormCompletedAt);
    }

    [Fact]
    public async Task Post_RevokedKiosk_Returns403ProblemAndStoresNothing()
    {
        var (client, kiosk) = await PairedAsync();
        await TestKiosks.RevokeAsync(factory, kiosk.Kiosk.Id);

        var response = await client.PostAsJsonAsync(Url, new { taps = new[] { TestKiosks.Tap(Guid.NewGuid(), 0, DateTimeOffset.UtcNow) } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await TapsAsync(kiosk.Kiosk.Id));
    }

    [Fact]
    public async Task Post_WrongSecretOrNoKey_Returns401Problem()
    {
        var (_, kiosk) = await PairedAsync();
        var wrong = factory.CreateClient();
        wrong.DefaultRequestHeaders.Add(TestKiosks.KeyHeader, new Core.ApiClients.ApiKey(kiosk.Key.KeyId, "wrong" + kiosk.Key.Secret).ToString());
        var body = new { taps = new[] { TestKiosks.Tap(Guid.NewGuid(), 0, DateTimeOffset.UtcNow) } };

        var withWrongSecret = await wrong.PostAsJsonAsync(Url, body);
        var withoutKey = await factory.CreateClient().PostAsJsonAsync(Url, body);

        Assert.Equal(HttpStatusCode.Unauthorized, withWrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Empty(await TapsAsync(kiosk.Kiosk.Id));
    }

    [Fact]
    public async Task Post_ClockFarAheadOrFarBehind_KeepsTheLocalTimeButFilesTheTapWhenReceived()
    {
        var (client, kiosk) = await PairedAsync();
        var now = DateTimeOffset.UtcNow;
        var ahead = now.AddDays(2);
        var longAgo = now.AddDays(-400);
        var offlineForDays = now.AddDays(-3);

        await SendAsync(client, TestKiosks.Tap(Guid.NewGuid(), 0, ahead), TestKiosks.Tap(Guid.NewGuid(), 1, longAgo), TestKiosks.Tap(Guid.NewGuid(), 2, offlineForDays));

        var stored = await TapsAsync(kiosk.Kiosk.Id);
        Assert.Equal([true, true, false], stored.Select(t => t.ClockSkewed));
        Assert.Equal(ahead.ToUnixTimeMilliseconds(), stored[0].LocalTime.ToUnixTimeMilliseconds());
        Assert.Equal(longAgo.ToUnixTimeMilliseconds(), stored[1].LocalTime.ToUnixTimeMilliseconds());
        Assert.All(stored.Take(2), t => Assert.Equal(t.ReceivedAt, t.TappedAt));
        Assert.Equal(offlineForDays.ToUnixTimeMilliseconds(), stored[2].TappedAt.ToUnixTimeMilliseconds());
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var submitted = await db.SurveyResponses.Where(r => r.Id == stored[2].ResponseId).Select(r => r.SubmittedAt).SingleAsync();
        Assert.Equal(offlineForDays.ToUnixTimeMilliseconds(), submitted.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Post_BurstOfTapsWithinSeconds_FlagsThoseBeyondTheLimitForReview()
    {
        var (client, kiosk) = await PairedAsync();
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);
        var burst = Enumerable.Range(0, 8).Select(i => TestKiosks.Tap(Guid.NewGuid(), i, start.AddSeconds(i))).ToArray();
        var calm = TestKiosks.Tap(Guid.NewGuid(), 8, start.AddMinutes(3));

        await SendAsync(client, [.. burst, calm]);

        var stored = await TapsAsync(kiosk.Kiosk.Id);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var flagged = await db.SurveyResponses.Where(r => stored.Select(t => t.ResponseId).Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Flagged);
        // Five taps fit in the default window (KioskOptions.BurstTaps); the sixth to eighth are flagged; a later one is not.
        Assert.Equal([false, false, false, false, false, true, true, true, false], stored.Select(t => flagged[t.ResponseId]));
    }

    [Fact]
    public async Task Post_TapsSentAgainUnderTheTabletsNextKiosk_StoredOnceUnderTheFirstAndSaidAlreadyStored()
    {
        var (first, firstKiosk) = await PairedAsync();
        var (second, secondKiosk) = await PairedAsync();
        var now = DateTimeOffset.UtcNow;
        object[] taps = [TestKiosks.Tap(Guid.NewGuid(), 0, now.AddMinutes(-3)), TestKiosks.Tap(Guid.NewGuid(), 1, now.AddMinutes(-2))];
        var firstReply = await SendAsync(first, taps);
        await TestKiosks.RevokeAsync(factory, firstKiosk.Kiosk.Id);

        var secondReply = await SendAsync(second, taps);

        Assert.Equal(2, Ids(firstReply, "accepted").Count);
        Assert.Empty(Ids(secondReply, "accepted"));
        Assert.Equal(Ids(firstReply, "accepted").Order(), Ids(secondReply, "alreadyStored").Order());
        Assert.Equal(2, (await TapsAsync(firstKiosk.Kiosk.Id)).Count);
        // A response exists only beside its tap row, so no tap under the second kiosk is no response at its counter.
        Assert.Empty(await TapsAsync(secondKiosk.Kiosk.Id));
    }

    [Fact]
    public async Task Post_BacklogFromATabletWithAnUnbelievedClock_FlagsNoneOfIt()
    {
        var (client, kiosk) = await PairedAsync();
        var now = DateTimeOffset.UtcNow;
        var backlog = Enumerable.Range(0, 20).Select(i => TestKiosks.Tap(Guid.NewGuid(), i, now.AddDays(-40).AddMinutes(i * 5)));
        // The next citizen, once the clock is right again: the backlog filed at the received time does not make a burst.
        var next = TestKiosks.Tap(Guid.NewGuid(), 20, now.AddSeconds(10));

        await SendAsync(client, [.. backlog, next]);

        var stored = await TapsAsync(kiosk.Kiosk.Id);
        Assert.Equal(21, stored.Count);
        Assert.Equal(20, stored.Count(t => t.ClockSkewed));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var responseIds = stored.Select(t => t.ResponseId).ToList();
        Assert.Equal(0, await db.SurveyResponses.CountAsync(r => responseIds.Contains(r.Id) && r.Flagged));
    }

    [Fact]
    public async Task Post_EmptyOrOversizedOrNotJsonBatch_Returns400Or415Problem()
    {
        var (client, _) = await PairedAsync();

        var empty = await client.PostAsJsonAsync(Url, new { taps = Array.Empty<object>() });
        var oversized = await client.PostAsJsonAsync(Url, new { taps = Enumerable.Range(0, KioskTapWriter.MaxBatchSize + 1).Select(i => TestKiosks.Tap(Guid.NewGuid(), i, DateTimeOffset.UtcNow)) });
        var broken = await client.PostAsync(Url, new StringContent("{\"taps\": [", System.Text.Encoding.UTF8, "application/json"));
        var text = await client.PostAsync(Url, new StringContent("taps", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }
}
