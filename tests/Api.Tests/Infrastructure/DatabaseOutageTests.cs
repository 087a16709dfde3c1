using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Api.Infrastructure;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Infrastructure;

/// <summary>The Api on a PostgreSQL server of its own, which the tests stop and start.</summary>
public class OutageApiFactory : PrivateClusterFactory<Program>;

public class DatabaseOutageTests(OutageApiFactory factory) : IClassFixture<OutageApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> TokenAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.UnpooledConnectionString);
        return await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-XD" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    /// <summary>A client whose key this process has never checked, so nothing about it is cached.</summary>
    private async Task<HttpClient> NewKeyClientAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync("Kiosk " + Guid.NewGuid(), StaffRoles.Integration, null, "test");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());
        return client;
    }

    private Task<HttpResponseMessage> SubmitAsync(string token) =>
        _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", new { submissionId = Guid.NewGuid(), quickRating = "satisfied" });

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("tạm gián đoạn", problem.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task Requests_DatabaseStopped_Answer503WithRetryAfterThenSucceedOnceItIsBack(string mode)
    {
        var token = await TokenAsync();
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(token)).StatusCode);
        var keyed = await NewKeyClientAsync();

        using (factory.Cluster.Outage(mode))
        {
            await AssertUnavailableAsync(await SubmitAsync(token));
            await AssertUnavailableAsync(await keyed.GetAsync("/api/clients/me"));
            var notReady = await _client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            Assert.True(notReady.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After on /health/ready");
        }

        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/api/clients/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/ready")).StatusCode);
    }

    [Theory]
    [InlineData("survey")]
    [InlineData("petition")]
    [InlineData("api-key")]
    public async Task Request_AfterARestartNobodyNoticed_SucceedsTheFirstTime(string request)
    {
        var token = await TokenAsync();
        var keyed = await NewKeyClientAsync();
        // Several connections in the pool, all of which the restart kills.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SubmitAsync(token)));

        factory.Cluster.Outage("fast").Dispose();
        var response = request switch
        {
            "survey" => await SubmitAsync(token),
            "petition" => await _client.PostAsJsonAsync("/api/petitions", Petitions.PetitionsApiTests.Body(Guid.NewGuid())),
            _ => await keyed.GetAsync("/api/clients/me"),
        };

        Assert.True(response.IsSuccessStatusCode, $"{request}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Logs_DatabaseStopped_AWarningPerRequestAndNoError()
    {
        var token = await TokenAsync();
        var keyed = await NewKeyClientAsync();
        // The class's tests share the host and its log; a readiness probe of another test may log its failure.
        var before = factory.Lines.Count;

        using (factory.Cluster.Outage())
        {
            await SubmitAsync(token);
            await keyed.GetAsync("/api/clients/me");
        }

        var lines = factory.Lines.Skip(before).ToList();
        Assert.Contains(lines, l => l.StartsWith($"Warning {typeof(DatabaseUnavailableExceptionHandler).FullName}: POST /api/touchpoints/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error ", StringComparison.Ordinal));
    }
}
