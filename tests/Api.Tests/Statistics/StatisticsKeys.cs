using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Statistics;

/// <summary>Clients of the statistics endpoints: each with a new API key of a role (and department).</summary>
public static class StatisticsKeys
{
    public static async Task<HttpClient> ClientAsync(ApiFactory factory, string role = StaffRoles.Manager, string? department = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>()
            .CreateAsync("Báo cáo thử " + Guid.NewGuid(), role, department, "test");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());
        return client;
    }

    /// <summary>The body of a 200 answer.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>A 400 problem details answer whose <c>errors</c> name <paramref name="parameter"/>.</summary>
    public static async Task AssertValidationProblemAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"no error for {parameter}");
    }
}
