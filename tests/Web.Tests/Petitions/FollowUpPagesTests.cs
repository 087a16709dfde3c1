using System.Globalization;
using System.Net;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Web.Pages.Petitions;
using CchcFeedback.WebHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Tests.Petitions;

public class FollowUpPagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Reason = "Câu trả lời không nói rõ khi nào quầy có thêm cán bộ.";

    private HttpClient NewClient() => StaffAccounts.NewClient(factory);

    private static string TrackUrl(Petition petition) => $"/track?code={petition.TrackingCode}";

    private async Task<HttpResponseMessage> ReopenAsync(HttpClient client, Petition petition, string reason = Reason) =>
        await StaffAccounts.PostFormAsync(client, TrackUrl(petition), new() { ["code"] = petition.TrackingCode, ["reason"] = reason }, "Reopen");

    [Fact]
    public async Task Track_AnsweredAndPublished_ShowsTheAnswerThePublicStepsAndBothForms()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-2));

        var response = await NewClient().GetAsync(TrackUrl(petition));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Đã có trả lời", page.ByTestId("status").Single().TextContent);
        Assert.Equal("Sở Tư pháp", page.ByTestId("department").Single().TextContent);
        Assert.Equal(FollowUpData.Answer, page.ByTestId("answer").Single().TextContent);
        Assert.Equal(["Received", "Routed", "Accepted", "Answered", "Published"],
            page.ByTestId("timeline-step").Select(step => step.GetAttribute("data-kind")));
        Assert.Contains("Cơ quan có thẩm quyền đã trả lời", page.ByTestId("timeline").Single().TextContent);
        Assert.NotEmpty(page.ByTestId("rate-form"));
        Assert.NotEmpty(page.ByTestId("reopen-form"));
        foreach (var hidden in new[] { FollowUpData.Officer, FollowUpData.OfficerReason, TestPetitions.Name, "0912345678", TestPetitions.Address, "hai giờ" })
        {
            Assert.DoesNotContain(hidden, html);
        }
    }

    [Fact]
    public async Task Track_AnswerNotPublished_SaysItWasAnsweredPrivatelyAndStillOffersTheRating()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1), publish: false);

        var page = await HtmlDocuments.ParseAsync(await NewClient().GetAsync(TrackUrl(petition)));

        Assert.Empty(page.ByTestId("answer"));
        Assert.NotEmpty(page.ByTestId("answer-private"));
        Assert.NotEmpty(page.ByTestId("rate-form"));
    }

    [Fact]
    public async Task Rate_NotSatisfied_RedirectsWithThanksAndTheFormMakesWayForTheVerdict()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var client = NewClient();

        var rated = await StaffAccounts.PostFormAsync(client, TrackUrl(petition), new() { ["code"] = petition.TrackingCode, ["satisfied"] = "false" }, "Rate");
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(rated.Headers.Location));
        var again = await client.PostAsync($"{TrackUrl(petition)}&handler=Rate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = petition.TrackingCode,
            ["satisfied"] = "true",
            ["__RequestVerificationToken"] = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Equal($"/track?code={petition.TrackingCode}&done=rated", rated.Headers.Location!.OriginalString);
        Assert.Equal("Cảm ơn quý khách đã đánh giá câu trả lời.", page.ByTestId("done").Single().TextContent);
        Assert.Empty(page.ByTestId("rate-form"));
        Assert.Contains("chưa hài lòng", page.ByTestId("rating").Single().TextContent);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("chỉ được đánh giá một lần", (await HtmlDocuments.ParseAsync(again)).ByTestId("refused").Single().TextContent);
        Assert.False((await FollowUpData.StoredAsync(factory, petition.Id)).AnswerSatisfied);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Rate_NeitherSatisfiedNorNot_IsRefusedWithTheFormAgainAndRecordsNothing(string? satisfied)
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var fields = new Dictionary<string, string> { ["code"] = petition.TrackingCode };
        if (satisfied is not null)
        {
            fields["satisfied"] = satisfied;
        }

        var response = await StaffAccounts.PostFormAsync(NewClient(), TrackUrl(petition), fields, "Rate");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Xin chọn Hài lòng hoặc Chưa hài lòng.", page.ByTestId("rating-missing").Single().TextContent);
        Assert.NotEmpty(page.ByTestId("rate-form"));
        var stored = await FollowUpData.StoredAsync(factory, petition.Id);
        Assert.Null(stored.AnswerSatisfied);
        Assert.Null(stored.AnswerRatedAt);
    }

    [Fact]
    public async Task Reopen_WithinFifteenDays_SendsItBackAndASecondTryIsRefusedInPlainWords()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-14));
        var client = NewClient();

        var reopened = await ReopenAsync(client, petition);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(reopened.Headers.Location));

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal("Đang được xem xét lại theo yêu cầu của quý khách", page.ByTestId("status").Single().TextContent);
        Assert.NotEmpty(page.ByTestId("due"));
        Assert.Equal("Reopened", page.ByTestId("timeline-step").Last().GetAttribute("data-kind"));
        Assert.Empty(page.ByTestId("reopen-form"));
        Assert.Contains("chỉ được yêu cầu xem xét lại một lần", page.ByTestId("reopen-refusal").Single().TextContent);
        Assert.DoesNotContain(Reason, page.DocumentElement.OuterHtml);
        var stored = await FollowUpData.StoredAsync(factory, petition.Id);
        Assert.Equal((PetitionStatus.Routed, Reason), (stored.Status, stored.ReopenReason));
    }

    [Fact]
    public async Task Reopen_SixteenDaysAfterTheAnswer_IsRefusedAsTooLateWithTheLastDay()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-16));
        var client = NewClient();

        var track = await HtmlDocuments.ParseAsync(await client.GetAsync(TrackUrl(petition)));
        var response = await client.PostAsync($"{TrackUrl(petition)}&handler=Reopen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = petition.TrackingCode,
            ["reason"] = Reason,
            ["__RequestVerificationToken"] = track.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        }));

        Assert.Empty(track.ByTestId("reopen-form"));
        Assert.Contains("Đã hết hạn yêu cầu xem xét lại", track.ByTestId("reopen-refusal").Single().TextContent);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var refused = (await HtmlDocuments.ParseAsync(response)).ByTestId("refused").Single().TextContent;
        Assert.Contains("15 ngày kể từ ngày trả lời", refused);
        Assert.Null((await FollowUpData.StoredAsync(factory, petition.Id)).ReopenedAt);
    }

    [Fact]
    public async Task Reopen_ReasonTooShort_KeepsWhatWasTypedWithTheFieldError()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));

        var response = await ReopenAsync(NewClient(), petition, "không");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Xin cho biết lý do chưa hài lòng", page.ByTestId("reason-error").Single().TextContent);
        Assert.Equal("không", page.ByTestId("reason").Single().TextContent);
        Assert.Equal("true", page.ByTestId("reason").Single().GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Reopen_WithoutAntiforgeryToken_IsRejected()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));

        var response = await NewClient().PostAsync($"{TrackUrl(petition)}&handler=Reopen",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = petition.TrackingCode, ["reason"] = Reason }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await FollowUpData.StoredAsync(factory, petition.Id)).ReopenedAt);
    }

    [Fact]
    public void Status_AStatusAddedLater_ReadsAsBeingHandled()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        var l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var now = DateTimeOffset.UtcNow;
        var later = new PetitionTracking(TrackingCode.New(), PetitionKind.PhanAnh, PetitionKind.PhanAnh, (PetitionStatus)99, now, now,
            null, null, null, null, false, null, null, null, 0);

        Assert.Equal("Đang được xử lý", PetitionWords.Status(l, later));
        Assert.Equal("Đang được xử lý", PetitionWords.Event(l, (PetitionEventKind)99));
    }

    [Fact]
    public async Task Track_InEnglish_ShowsTheFollowUpInEnglish()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var client = NewClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(TrackUrl(petition)));

        Assert.Equal("Are you satisfied with the answer?", page.QuerySelector("[data-testid='rate-form'] legend")!.TextContent);
        Assert.Contains("The competent body answered", page.ByTestId("timeline").Single().TextContent);
    }
}
