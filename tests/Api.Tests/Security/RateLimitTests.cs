using System.Net;
using System.Net.Http.Headers;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Security;

/// <summary>The Api with a tiny anonymous limit.</summary>
public class LimitedApiFactory : ApiFactory
{
    public const int AnonymousPermits = 5;
    public const int WebhookPermits = 8;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AnonymousPermitsPerMinute", AnonymousPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:WebhookPermitsPerMinute", WebhookPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public class RateLimitTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    [Fact]
    public async Task PublicEndpoint_OverTheAnonymousLimit_Returns429ProblemWithRetryAfter_ButKeyHoldersGoOn()
    {
        var anonymous = factory.CreateClient();
        HttpResponseMessage response = null!;
        for (var request = 0; request <= LimitedApiFactory.AnonymousPermits; request++)
        {
            response = await anonymous.GetAsync("/api/catalog/centers");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync("Kiosk", StaffRoles.Integration, null, "test");
        var withKey = factory.CreateClient();
        withKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());
        Assert.Equal(HttpStatusCode.OK, (await withKey.GetAsync("/api/catalog/centers")).StatusCode);
    }

    [Fact]
    public async Task ChannelWebhook_BeyondTheAnonymousLimit_CountedByItsOwnLimit()
    {
        var platform = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var request = 0; request <= LimitedApiFactory.WebhookPermits; request++)
        {
            statuses.Add((await platform.PostAsync("/api/channels/zalo/webhook", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..LimitedApiFactory.WebhookPermits]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task SurveySubmission_OverTheAnonymousLimit_Returns429()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var token = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Touchpoints.Where(t => t.RevokedAt == null).Select(t => t.Token));
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var request = 0; request <= LimitedApiFactory.AnonymousPermits; request++)
        {
            var response = await client.PostAsync($"/api/touchpoints/{token}/responses", System.Net.Http.Json.JsonContent.Create(new { submissionId = Guid.NewGuid(), quickRating = "satisfied" }));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
