using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Survey;

public class SurveyPagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private async Task<string> TokenOfAsync(string counterCode)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.Touchpoints.Where(t => t.Counter!.Code == counterCode && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    private static async Task<string> SubmissionIdAsync(HttpClient client, string url)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(url));
        return page.QuerySelector("input[name='Input.SubmissionId']")!.GetAttribute("value")!;
    }

    [Fact]
    public async Task GetRate_CounterToken_NamesTheCenterAndCounterAndIsLight()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);

        var response = await client.GetAsync($"/q/{token}/rate");

        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Trung tâm Phục vụ hành chính công phường Đông Hà", page.ByTestId("place").Single().TextContent);
        Assert.Equal(3, page.QuerySelectorAll("input[name='Input.Rating']").Length);
        var css = await client.GetByteArrayAsync("/css/site.css");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) + css.Length < 30 * 1024, $"{html.Length} + {css.Length} bytes");
    }

    [Fact]
    public async Task PostRate_Satisfied_StoresOneResponseEvenWhenSentTwice()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);
        var id = await SubmissionIdAsync(client, $"/q/{token}/rate");
        var fields = new Dictionary<string, string> { ["Input.SubmissionId"] = id, ["Input.Rating"] = "Satisfied" };

        var first = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new(fields));
        var second = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/q/{token}/thanks?id={id}", first.Headers.Location!.OriginalString);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Equal(1, await db.SurveyResponses.CountAsync(r => r.Id == Guid.Parse(id)));
    }

    [Fact]
    public async Task PostRate_NoRating_ShowsTheVietnameseFieldErrorAndKeepsTheDossierCode()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);
        var id = await SubmissionIdAsync(client, $"/q/{token}/rate");

        var response = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new() { ["Input.SubmissionId"] = id, ["Input.DossierCode"] = "HS-KEEP-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Xin chọn mức độ hài lòng.", page.QuerySelector("[data-valmsg-for='Input.Rating']")!.TextContent);
        Assert.Equal("HS-KEEP-1", page.QuerySelector("input[name='Input.DossierCode']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PostRate_DossierAlreadyRated_ShowsTheErrorOnTheDossierField()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);
        var dossier = "HS-" + Guid.NewGuid().ToString("N")[..10];
        await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new() { ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Rating"] = "Satisfied", ["Input.DossierCode"] = dossier });

        var response = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new() { ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Rating"] = "Dissatisfied", ["Input.DossierCode"] = dossier });

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Hồ sơ này đã được đánh giá", page.QuerySelector("[data-valmsg-for='Input.DossierCode']")!.TextContent);
    }

    /// <summary>A citizen's quick rating (satisfied) at a counter of Đông Hà: the detailed form follows it.</summary>
    private async Task<(string Token, HttpClient Client, string Id)> RatedSatisfiedAsync()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);
        var id = await SubmissionIdAsync(client, $"/q/{token}/rate");
        await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new() { ["Input.SubmissionId"] = id, ["Input.Rating"] = "Satisfied" });
        return (token, client, id);
    }

    /// <summary>On a phone the 22 questions are a long scroll: what 1 and 5 mean is said before the first of them.</summary>
    [Fact]
    public async Task GetFullForm_TheScaleIsExplainedBeforeTheFirstQuestion()
    {
        var (token, client, id) = await RatedSatisfiedAsync();

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync($"/q/{token}/form?id={id}"));

        var key = page.ByTestId("scale-key").Single();
        Assert.Contains("1 Rất không hài lòng", key.TextContent);
        Assert.Contains("5 Rất hài lòng", key.TextContent);
        Assert.True(key.CompareDocumentPosition(page.ByTestId("criterion").First()).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task PostRate_DossierCodeTooLong_SaysTheLimitNotTheCharacters()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);

        var response = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new()
        {
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(),
            ["Input.Rating"] = "Satisfied",
            ["Input.DossierCode"] = new string('x', 70),
        });

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Mã hồ sơ dài quá 64 ký tự.", page.QuerySelector("[data-valmsg-for='Input.DossierCode']")!.TextContent);
    }

    [Fact]
    public async Task Dissatisfied_ThenFullForm_ThanksOffersAPetitionAndStoresTheAnswers()
    {
        var token = await TokenOfAsync("TT_DONGHA-HTCT");
        var client = StaffAccounts.NewClient(factory);
        var id = await SubmissionIdAsync(client, $"/q/{token}/rate");
        await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new()
        {
            ["Input.SubmissionId"] = id,
            ["Input.Rating"] = "Dissatisfied",
            ["Input.Reasons"] = "waited_long",
        });

        var thanks = await HtmlDocuments.ParseAsync(await client.GetAsync($"/q/{token}/thanks?id={id}"));
        Assert.Equal($"/q/{token}/petition?response={id}", thanks.ByTestId("petition-link").Single().GetAttribute("href"));
        var formResponse = await StaffAccounts.PostFormAsync(client, $"/q/{token}/form?id={id}", new()
        {
            ["Input.Answers[1]"] = "2",
            ["Input.Answers[10]"] = "1",
            ["Input.Answers[22]"] = "0",
            ["Input.Expectations"] = "shorten_time",
            ["Input.Comment"] = "Chờ hơn một giờ",
        });

        Assert.Equal(HttpStatusCode.Redirect, formResponse.StatusCode);
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(await client.GetAsync($"/q/{token}/thanks?id={id}"))).ByTestId("form-done"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var stored = await db.SurveyResponses.SingleAsync(r => r.Id == Guid.Parse(id));
        Assert.Equal(["waited_long"], stored.DissatisfactionReasons);
        Assert.Equal((short)2, stored.Answers![0]);
        Assert.Equal((short)1, stored.Answers[9]);
        Assert.Equal(20, stored.Answers.Count(a => a == 0));
        Assert.Equal("Chờ hơn một giờ", stored.Comment);
    }

    [Fact]
    public async Task PostForm_NothingAnswered_AsksForAtLeastOneCriterion()
    {
        var (token, client, id) = await RatedSatisfiedAsync();

        var response = await StaffAccounts.PostFormAsync(client, $"/q/{token}/form?id={id}", new() { ["Input.Comment"] = "Tốt" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Xin trả lời ít nhất một tiêu chí.", (await HtmlDocuments.ParseAsync(response)).ByTestId("errors").Single().TextContent);
    }

    [Fact]
    public async Task GetRate_UnknownToken_Returns404()
    {
        var response = await StaffAccounts.NewClient(factory).GetAsync("/q/ZZZZZZZZZZ/rate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
