using System.Net;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>Pages that show a petition's code or a person's contact: no cache may keep them.</summary>
public class PrivatePageCachingTests(LoggedWebFactory factory) : IClassFixture<LoggedWebFactory>
{
    /// <summary>The anti-forgery token of a page with a form sets "no-cache, no-store" and logs a warning whenever it
    /// finds a Cache-Control without no-cache: on every view of these pages, until they said no-cache themselves.</summary>
    [Fact]
    public async Task PrivatePagesWithAForm_AreNeitherStoredNorServedFromACache_AndLogNoWarning()
    {
        var client = StaffAccounts.NewClient(factory);

        foreach (var page in new[] { "/track", "/track?code=PA-7KQ3-M9XT-4HR", "/track/contact" })
        {
            var response = await client.GetAsync(page);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true, NoStore: true }, $"{page}: {response.Headers.CacheControl}");
        }
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("Antiforgery", StringComparison.Ordinal) && line.StartsWith("Warning", StringComparison.Ordinal));
    }
}
