using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Api.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Surveys;

public class SurveysApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> TokenOfAsync(string counterCode)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.Touchpoints.Where(t => t.Counter!.Code == counterCode && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    private async Task<int> StoredAsync(Guid id)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.SurveyResponses.CountAsync(r => r.Id == id);
    }

    private static object Body(Guid id, string rating = "satisfied", object? answers = null, string? dossier = null) =>
        new { submissionId = id, quickRating = rating, answers, dossierCode = dossier, comment = "Cán bộ hướng dẫn tận tình" };

    [Fact]
    public async Task Post_ValidRating_Returns201AndStoresIt()
    {
        var token = await TokenOfAsync("TT_TINH-XD");
        var id = Guid.NewGuid();

        var response = await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(id, "very_satisfied", Enumerable.Repeat(4, 22)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(id, (await response.Content.ReadFromJsonAsync<SurveyResponseCreated>())!.Id);
        Assert.Equal(1, await StoredAsync(id));
    }

    [Fact]
    public async Task Post_SameSubmissionRetried_Returns200AndStoresOnce()
    {
        var token = await TokenOfAsync("TT_TINH-XD");
        var id = Guid.NewGuid();
        await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(id));

        var retry = await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(id));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1, await StoredAsync(id));
    }

    [Fact]
    public async Task Post_SameIdDifferentRating_Returns409Problem()
    {
        var token = await TokenOfAsync("TT_TINH-XD");
        var id = Guid.NewGuid();
        await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(id));

        var response = await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(id, "dissatisfied"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_InvalidFields_Returns400WithFieldLevelErrorsAndStoresNothing()
    {
        var token = await TokenOfAsync("TT_TINH-XD");
        var id = Guid.NewGuid();

        var response = await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses",
            new { submissionId = id, answers = new[] { 9, 9 }, expectations = new[] { "a", "b", "c", "d" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["answers", "expectations", "quickRating"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("Xin chọn mức độ hài lòng.", errors.GetProperty("quickRating")[0].GetString());
        Assert.Equal(0, await StoredAsync(id));
    }

    [Fact]
    public async Task Post_UnparsableBody_Returns400Problem()
    {
        var token = await TokenOfAsync("TT_TINH-XD");

        var response = await _client.PostAsync($"/api/touchpoints/{token}/responses", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_DossierRatedTwice_SecondGets400OnDossierCode()
    {
        var token = await TokenOfAsync("TT_TINH-XD");
        var dossier = "HS-" + Guid.NewGuid().ToString("N")[..8];
        await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(Guid.NewGuid(), dossier: dossier));

        var response = await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(Guid.NewGuid(), "dissatisfied", dossier: dossier));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("dossierCode", out _));
    }

    [Fact]
    public async Task Post_UnknownAndRevokedTokens_Return404And410()
    {
        var token = await TokenOfAsync("TT_TINH-NV");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.CchcDbContext>();
            var id = await db.Touchpoints.Where(t => t.Token == token).Select(t => t.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<TouchpointService>().RevokeAsync(id, "test");
        }

        var unknown = await _client.PostAsJsonAsync("/api/touchpoints/ZZZZZZZZZZ/responses", Body(Guid.NewGuid()));
        var revoked = await _client.PostAsJsonAsync($"/api/touchpoints/{token}/responses", Body(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Equal("application/problem+json", revoked.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetForm_ActiveToken_ReturnsTheCurrentQuestionnaire()
    {
        var token = await TokenOfAsync("TT_TINH-XD");

        using var form = JsonDocument.Parse(await _client.GetStringAsync($"/api/touchpoints/{token}/form"));

        Assert.Equal(1, form.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(5, form.RootElement.GetProperty("elements").GetArrayLength());
        Assert.Equal("Thái độ giao tiếp lịch sự", form.RootElement.GetProperty("elements")[2].GetProperty("criteria")[0].GetProperty("textVi").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheSubmissionEndpoint()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/touchpoints/{token}/responses\"", document);
        Assert.Contains("SubmitSurveyResponse", document);
        Assert.Contains("SurveyResponseRequest", document);
    }
}
