using System.Globalization;
using System.Net;
using CchcFeedback.WebHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Tests.Localization;

public class EnglishPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task GetSignIn_AfterChoosingEnglish_IsInEnglish()
    {
        var client = factory.CreateClient();

        var choice = await client.GetAsync("/language/en?returnUrl=/Account/SignIn");
        var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, choice.StatusCode);
        Assert.Equal("/Account/SignIn", choice.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Staff sign-in", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("Sign in · Quang Tri Administrative Reform Feedback", document.Title);
        Assert.Equal("Sign in", document.ByTestId("sign-in").Single().TextContent);
        Assert.Equal("Tiếng Việt", document.ByTestId("language").Single().TextContent);
    }

    [Fact]
    public async Task GetHome_AfterChoosingEnglish_IsInEnglishButTheCatalogsNames()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var document = await HtmlDocuments.ParseAsync(await client.GetAsync("/"));

        Assert.Equal("Home · Quang Tri Administrative Reform Feedback", document.Title);
        Assert.Equal("Satisfaction ratings and petitions", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("Public administration service centers", document.QuerySelector("h2")?.TextContent);
        Assert.All(document.ByTestId("center"), center => Assert.Matches(@"\(\d+ counters\)$", center.TextContent));
        Assert.NotEmpty(document.ByTestId("center"));
    }

    [Fact]
    public async Task GetSignIn_WithoutLanguageCookie_IsInVietnamese()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Đăng nhập dành cho cán bộ", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("English", document.ByTestId("language").Single().TextContent);
    }

    [Fact]
    public async Task PostSignIn_EmptyFormInEnglish_ShowsEnglishValidationMessages()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/language/en?returnUrl=/");
        var form = await HtmlDocuments.ParseAsync(await client.GetAsync("/Account/SignIn"));
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");

        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token ?? "",
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await HtmlDocuments.ParseAsync(response)).ByTestId("errors").Single().TextContent;
        Assert.Contains("Please enter an email address.", errors);
        Assert.Contains("Please enter your password.", errors);
    }

    [Fact]
    public void Localizer_EnglishCulture_ResolvesEverySourceKey()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");

            var unresolved = EnglishResources.SourceKeys().Keys
                .Where(key => localizer[key].ResourceNotFound)
                .Select(key => key.Replace("\n", "\\n"))
                .ToList();

            Assert.True(unresolved.Count == 0, "The host's localizer finds no English for:\n" + string.Join("\n", unresolved));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
