using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Web.Tests.Petitions;

/// <summary>The Web host allowing few wrong phone numbers per code, and few attempts per address.</summary>
public class ContactWebFactory : WebFactory
{
    public const int GuessesPerCode = 3;
    public const int PermitsPerMinute = 30;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:ContactGuessesPerCode", $"{GuessesPerCode}");
        builder.UseSetting("RateLimits:ContactPermitsPerMinute", $"{PermitsPerMinute}");
    }
}

public class ContactPageTests(ContactWebFactory factory) : IClassFixture<ContactWebFactory>
{
    private HttpClient NewClient() => StaffAccounts.NewClient(factory);

    private static Task<HttpResponseMessage> ShowAsync(HttpClient client, string code, string phone) =>
        StaffAccounts.PostFormAsync(client, "/track/contact", new() { ["Input.Code"] = code, ["Input.Phone"] = phone }, "Show");

    [Fact]
    public async Task Show_CodeAndPhone_ShowsTheDetailsTheAnswerAndTheDeleteForm()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1), publish: false);

        var response = await ShowAsync(NewClient(), petition.TrackingCode.ToLowerInvariant(), "0912 345 678");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal(TestPetitions.Name, page.ByTestId("contact-name").Single().TextContent);
        Assert.Equal(TestPetitions.Email, page.ByTestId("contact-email").Single().TextContent);
        Assert.Equal(FollowUpData.Answer, page.ByTestId("answer").Single().TextContent);
        Assert.NotEmpty(page.ByTestId("delete-form"));
    }

    [Fact]
    public async Task Show_WrongPhoneAndUnknownCode_GetTheSameNeutralAnswer()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var client = NewClient();

        var wrongPhone = await ShowAsync(client, petition.TrackingCode, "0912 345 679");
        var unknownCode = await ShowAsync(client, Core.Petitions.TrackingCode.New(), "0912 345 678");

        Assert.Equal(HttpStatusCode.NotFound, wrongPhone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCode.StatusCode);
        var wrong = (await HtmlDocuments.ParseAsync(wrongPhone)).ByTestId("not-found").Single().TextContent;
        Assert.Equal(wrong, (await HtmlDocuments.ParseAsync(unknownCode)).ByTestId("not-found").Single().TextContent);
        Assert.DoesNotContain(TestPetitions.Name, await wrongPhone.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Show_TooManyWrongPhonesForACode_RefusesItFromAnotherClientToo()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        for (var guess = 0; guess < ContactWebFactory.GuessesPerCode; guess++)
        {
            await ShowAsync(NewClient(), petition.TrackingCode, $"09000000{guess:00}");
        }

        var right = await ShowAsync(NewClient(), petition.TrackingCode, TestPetitions.Phone);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(right)).ByTestId("throttled"));
        Assert.DoesNotContain(TestPetitions.Name, await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Delete_Confirmed_ErasesAtOnceAndTheDetailsAreGone()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var client = NewClient();
        var shown = await HtmlDocuments.ParseAsync(await ShowAsync(client, petition.TrackingCode, TestPetitions.Phone));
        var token = shown.QuerySelector("[data-testid='delete-form'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(bool confirm) => new()
        {
            ["Input.Code"] = shown.QuerySelector("[data-testid='delete-form'] input[name='Input.Code']")!.GetAttribute("value")!,
            ["Input.Phone"] = shown.QuerySelector("[data-testid='delete-form'] input[name='Input.Phone']")!.GetAttribute("value")!,
            ["Input.Confirm"] = confirm ? "true" : "false",
            ["__RequestVerificationToken"] = token,
        };

        var unconfirmed = await client.PostAsync("/track/contact?handler=Delete", new FormUrlEncodedContent(Fields(confirm: false)));
        var deleted = await client.PostAsync("/track/contact?handler=Delete", new FormUrlEncodedContent(Fields(confirm: true)));
        var afterwards = await ShowAsync(client, petition.TrackingCode, TestPetitions.Phone);

        Assert.Contains("Xin đánh dấu ô xác nhận", (await HtmlDocuments.ParseAsync(unconfirmed)).QuerySelector("[data-valmsg-for='Input.Confirm']")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(deleted)).ByTestId("deleted"));
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
        var stored = await FollowUpData.StoredAsync(factory, petition.Id);
        Assert.Null(stored.ContactName);
        Assert.Null(stored.ContactPhoneHash);
        var track = await HtmlDocuments.ParseAsync(await client.GetAsync($"/track?code={petition.TrackingCode}"));
        Assert.Equal("Redacted", track.ByTestId("timeline-step").Last().GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Show_WithoutAntiforgeryToken_IsRejected()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));

        var response = await NewClient().PostAsync("/track/contact?handler=Show", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = petition.TrackingCode,
            ["Input.Phone"] = TestPetitions.Phone,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Show_EmptyForm_AsksForBothFields()
    {
        var response = await ShowAsync(NewClient(), "", "");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Xin nhập mã tra cứu.", page.ByTestId("errors").Single().TextContent);
        Assert.Contains("Xin nhập số điện thoại", page.ByTestId("errors").Single().TextContent);
    }
}

public class ContactRateLimitTests(ContactRateLimitTests.TightFactory factory) : IClassFixture<ContactRateLimitTests.TightFactory>
{
    public class TightFactory : WebFactory
    {
        public const int Permits = 2;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:ContactPermitsPerMinute", $"{Permits}");
        }
    }

    [Fact]
    public async Task Show_MoreAttemptsThanTheLimitFromOneAddress_Returns429WithRetryAfter()
    {
        var client = StaffAccounts.NewClient(factory);
        HttpResponseMessage? response = null;

        for (var attempt = 0; attempt <= TightFactory.Permits; attempt++)
        {
            response = await StaffAccounts.PostFormAsync(client, "/track/contact",
                new() { ["Input.Code"] = Core.Petitions.TrackingCode.New(), ["Input.Phone"] = TestPetitions.Phone }, "Show");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }
}
