using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Api.ApiClients;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Security;

public class ApiKeyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<CreatedApiClient> CreateClientAsync(string role = StaffRoles.Integration, string? department = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync("Kiosk thử " + Guid.NewGuid(), role, department, "test");
    }

    [Fact]
    public async Task GetMe_WithoutKey_Returns401ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/clients/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task GetMe_WithBearerKey_ReturnsTheClientRoleAndDepartment()
    {
        var created = await CreateClientAsync(StaffRoles.DepartmentStaff, "SO_TP");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());

        var me = await client.GetFromJsonAsync<CurrentClientResponse>("/api/clients/me");

        Assert.Equal(created.Client.Name, me!.Name);
        Assert.Equal(created.Client.KeyId, me.KeyId);
        Assert.Equal([StaffRoles.DepartmentStaff], me.Roles);
        Assert.Equal([created.Client.DepartmentId!.Value], me.DepartmentIds);
    }

    [Fact]
    public async Task GetMe_WithHeaderKey_IsAccepted()
    {
        var created = await CreateClientAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.Key.ToString());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clients/me")).StatusCode);
    }

    [Fact]
    public async Task GetMe_WrongSecretOrRevokedKey_Returns401()
    {
        var created = await CreateClientAsync();
        var forged = new ApiKey(created.Key.KeyId, new string('A', 43));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiClientService>().RevokeAsync(created.Client.Id, "test");
        }

        foreach (var key in new[] { forged.ToString(), created.Key.ToString(), "cchc_garbage" })
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/clients/me")).StatusCode);
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheKeySchemeAndWhereItIsNeeded()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/clients/me").GetProperty("get").TryGetProperty("security", out _));
        Assert.False(paths.GetProperty("/api/catalog/centers").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync("/api/catalog/centers");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
