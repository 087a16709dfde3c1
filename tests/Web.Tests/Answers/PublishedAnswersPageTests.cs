using System.Net;
using CchcFeedback.Core.Petitions.Publishing;
using CchcFeedback.Web.Tests.Petitions;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Answers;

/// <summary>The public page of published answers, on a database of its own: the counts are exact.</summary>
public class PublishedAnswersPageTests(WebFactory factory) : IClassFixture<WebFactory>, IAsyncLifetime
{
    private const string Queue = "Máy lấy số ở quầy đất đai bị hỏng";

    public async Task InitializeAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        if (await db.Petitions.AnyAsync())
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        await FollowUpData.AnsweredAsync(factory, now.AddDays(-1), Queue, counter: "TT_DONGHA-DDXD");
        await FollowUpData.AnsweredAsync(factory, now.AddDays(-2), "Không công khai câu trả lời này", publish: false);
        for (var i = 0; i < PublishedAnswers.PageSize; i++)
        {
            await FollowUpData.AnsweredAsync(factory, now.AddDays(-3).AddMinutes(-i), $"Ý kiến về quầy tư pháp số {i:00}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<AngleSharp.Dom.IDocument> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocuments.ParseAsync(response);
    }

    [Fact]
    public async Task Get_NoFilter_ListsTheConsentedAnswersNewestFirstAPageAtATimeWithoutPersonalData()
    {
        var response = await factory.CreateClient().GetAsync("/tra-loi");

        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal($"Có {PublishedAnswers.PageSize + 1} câu trả lời.", page.ByTestId("count").Single().TextContent);
        var answers = page.ByTestId("published-answer");
        Assert.Equal(PublishedAnswers.PageSize, answers.Length);
        Assert.Equal(Queue, answers[0].QuerySelector("h2")!.TextContent);
        Assert.Contains(FollowUpData.Answer, answers[0].TextContent);
        Assert.DoesNotContain("Không công khai câu trả lời này", html);
        foreach (var personal in new[] { TestPetitions.Name, "0912345678", TestPetitions.Email, "PA-" })
        {
            Assert.DoesNotContain(personal, html);
        }
        Assert.Equal("/tra-loi?trang=2", page.ByTestId("next").Single().GetAttribute("href"));
        var second = await GetAsync("/tra-loi?trang=2");
        Assert.Single(second.ByTestId("published-answer"));
        Assert.Equal("/tra-loi", second.ByTestId("previous").Single().GetAttribute("href"));
    }

    [Theory]
    [InlineData("/tra-loi?q=may+lay+so")]
    [InlineData("/tra-loi?q=M%C3%81Y+L%E1%BA%A4Y")]
    [InlineData("/tra-loi?center=TT_DONGHA")]
    [InlineData("/tra-loi?field=DATDAI")]
    public async Task Get_SearchOrFilter_FindsTheOneAnswer(string url)
    {
        var page = await GetAsync(url);

        var answer = Assert.Single(page.ByTestId("published-answer"));
        Assert.Equal(Queue, answer.QuerySelector("h2")!.TextContent);
        Assert.Empty(page.ByTestId("pager"));
    }

    [Fact]
    public async Task Get_FilteredToNothing_SaysSoAndKeepsTheFilter()
    {
        var page = await GetAsync("/tra-loi?q=khong+co+gi+nhu+the&center=TT_TINH");

        Assert.NotEmpty(page.ByTestId("no-answers"));
        Assert.Equal("khong co gi nhu the", page.ByTestId("query").Single().GetAttribute("value"));
        Assert.Equal("TT_TINH", page.QuerySelector("[data-testid='center'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task GetHome_LinksToThePublishedAnswers()
    {
        var home = await GetAsync("/");

        Assert.Equal("/tra-loi", home.ByTestId("answers-link").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task Get_InEnglish_IsInEnglish()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/tra-loi"));

        Assert.Equal("Answers to petitions", page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"{PublishedAnswers.PageSize + 1} answers.", page.ByTestId("count").Single().TextContent);
    }
}
