using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CchcFeedback.Api.Tests.Petitions;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Infrastructure;

/// <summary>What a client can send wrong is answered 400, 413 or 415 problem details, never 500, in every
/// environment: the framework throws in Development and stays silent elsewhere.</summary>
public abstract class BadRequestTests<TFactory>(TFactory factory) where TFactory : ApiFactory
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> MalformedBodies => ["null", "[]", "\"x\"", "42", "{", "{\"submissionId\":", "{\"submissionId\": \"nope\"}",
        "{\"quickRating\": 7}", "{\"answers\": \"x\"}", "{\"answers\": [99999]}", "{\"consentContact\": \"yes\"}", "{\"contact\": []}", "\u00ff\u00fe"];

    private async Task<string> TokenAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-XD" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    private async Task<string[]> UrlsAsync() => [$"/api/touchpoints/{await TokenAsync()}/responses", "/api/petitions"];

    private static readonly JsonSerializerOptions Unescaped = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_BodyThatDoesNotBind_Returns400ProblemDetails(string body)
    {
        foreach (var url in await UrlsAsync())
        {
            var response = await _client.PostAsync(url, Json(body));

            var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.TryGetProperty("errors", out _), $"{url} {body}");
        }
    }

    [Fact]
    public async Task Post_ValueOfTheWrongType_NamesTheField()
    {
        var url = (await UrlsAsync())[0];

        var response = await _client.PostAsync(url, Json($$"""{"submissionId": "{{Guid.NewGuid()}}", "quickRating": "satisfied", "answers": [4, "bốn"]}"""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("answers[1]", out _), problem.ToString());
    }

    [Fact]
    public async Task Post_NoBody_Returns400NamingTheBody()
    {
        var response = await _client.PostAsync("/api/petitions", Json(""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
    }

    [Fact]
    public async Task Post_WrongContentType_Returns415ProblemDetails()
    {
        foreach (var url in await UrlsAsync())
        {
            var response = await _client.PostAsync(url, new StringContent("{\"submissionId\": \"x\"}", Encoding.UTF8, "text/plain"));

            await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        }
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413ProblemDetails()
    {
        var body = JsonSerializer.Serialize(new { title = new string('a', 2 * 1024 * 1024) });

        var response = await _client.PostAsync("/api/petitions", Json(body));

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_NulInText_Returns400NamingTheFieldAndStoresNothing()
    {
        var id = Guid.NewGuid();
        var petition = JsonSerializer.Serialize(PetitionsApiTests.Body(id), Unescaped).Replace("Phí chứng thực", "Phí\\u0000chứng thực").Replace("Lê Văn", "Lê\\u0007Văn");
        var survey = $$"""{"submissionId": "{{id}}", "quickRating": "satisfied", "comment": "Tốt\u0000lắm"}""";

        var petitionResponse = await _client.PostAsync("/api/petitions", Json(petition));
        var surveyResponse = await _client.PostAsync((await UrlsAsync())[0], Json(survey));

        var petitionErrors = (await ProblemAsync(petitionResponse, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(petitionErrors.TryGetProperty("title", out _), petitionErrors.ToString());
        Assert.True(petitionErrors.TryGetProperty("contactName", out _), petitionErrors.ToString());
        var surveyErrors = (await ProblemAsync(surveyResponse, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(surveyErrors.TryGetProperty("comment", out _), surveyErrors.ToString());
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.Petitions.AnyAsync(p => p.SubmissionId == id));
        Assert.False(await db.SurveyResponses.AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task Post_HalfASurrogatePair_Returns400NamingTheField()
    {
        var petition = JsonSerializer.Serialize(PetitionsApiTests.Body(Guid.NewGuid()), Unescaped).Replace("Lê Văn", "Lê\\ud800Văn");

        var response = await _client.PostAsync("/api/petitions", Json(petition));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("contact.name", out _), problem.ToString());
    }

    [Fact]
    public async Task Get_ControlCharacterInQuery_Returns400NamingTheParameter()
    {
        var response = await _client.GetAsync("/api/catalog/counters?center=TT%00TINH");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("center", out _), problem.ToString());
    }

    [Fact]
    public async Task Get_QueryValueOfTheWrongType_Returns400NamingTheParameter()
    {
        var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync("Báo cáo " + Guid.NewGuid(), StaffRoles.Manager, null, "test");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());
        }

        var response = await client.GetAsync("/api/statistics/exports/responses?from=2026-01-01&to=2026-01-31&includeFlagged=abc");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("includeFlagged", out _), problem.ToString());
    }
}

public class BadRequestDevelopmentTests(DevelopmentApiFactory factory) : BadRequestTests<DevelopmentApiFactory>(factory), IClassFixture<DevelopmentApiFactory>;

public class BadRequestProductionTests(ProductionApiFactory factory) : BadRequestTests<ProductionApiFactory>(factory), IClassFixture<ProductionApiFactory>;
