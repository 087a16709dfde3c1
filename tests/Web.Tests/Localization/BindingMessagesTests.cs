using CchcFeedback.Web.Tests.Touchpoints;

namespace CchcFeedback.Web.Tests.Localization;

/// <summary>Model binding's messages (a value that does not convert) follow the page's language.</summary>
public class BindingMessagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private async Task<string> TokenAsync() =>
        (await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_DONGHA-HTCT")).Token;

    private async Task<HttpResponseMessage> PostRatingAsync(HttpClient client, string rating)
    {
        var url = $"/q/{await TokenAsync()}/rate";
        return await StaffAccounts.PostFormAsync(client, url, new() { ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Rating"] = rating });
    }

    [Fact]
    public async Task PostRate_RatingNotALevel_SaysTheValueIsNotValidInVietnamese()
    {
        var response = await PostRatingAsync(StaffAccounts.NewClient(factory), "Bogus");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Giá trị 'Bogus' không hợp lệ.", page.QuerySelector("[data-valmsg-for='Input.Rating']")!.TextContent);
        Assert.DoesNotContain("is not valid", page.DocumentElement.TextContent);
    }

    [Fact]
    public async Task PostRate_RatingNotALevelInEnglish_SaysTheValueIsNotValidInEnglish()
    {
        var client = StaffAccounts.NewClient(factory);
        await client.GetAsync("/language/en?returnUrl=/");

        var response = await PostRatingAsync(client, "Bogus");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("The value 'Bogus' is not valid.", page.QuerySelector("[data-valmsg-for='Input.Rating']")!.TextContent);
        Assert.DoesNotContain("Giá trị", page.DocumentElement.TextContent);
    }

    [Fact]
    public async Task GetPetitionForm_ResponseNotAnId_SaysTheValueIsNotValidInVietnamese()
    {
        var response = await StaffAccounts.NewClient(factory).GetAsync($"/q/{await TokenAsync()}/petition?response=garbage");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Giá trị 'garbage' không hợp lệ.", page.ByTestId("errors").Single().TextContent);
        Assert.DoesNotContain("is not valid", page.DocumentElement.TextContent);
    }
}
