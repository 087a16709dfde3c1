using System.Net;
using System.Text.Json;

namespace CchcFeedback.Api.Tests.Infrastructure;

public class ErrorAndHealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_UnknownRoute_ReturnsProblemDetailsNotHtml()
    {
        var response = await _client.GetAsync("/api/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task GetReady_MigratedDatabase_IsHealthyWithEveryCheck()
    {
        var response = await _client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal(["database", "hangfire", "migrations"], checks.EnumerateObject().Select(c => c.Name).Order());
    }

    [Fact]
    public async Task GetLive_Always_Returns200()
    {
        var response = await _client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>An Api on a database that nobody migrated: it must say it is not ready.</summary>
public class UnmigratedApiFactory : ApiFactory
{
    protected override TestDatabaseContent Content => TestDatabaseContent.Blank;
}

public class ReadinessOnBlankDatabaseTests(UnmigratedApiFactory factory) : IClassFixture<UnmigratedApiFactory>
{
    [Fact]
    public async Task GetReady_UnmigratedDatabase_Returns503WithFailingChecks()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetString());
        Assert.Equal("Unhealthy", checks.GetProperty("migrations").GetString());
        Assert.Equal("Unhealthy", checks.GetProperty("hangfire").GetString());
    }
}
