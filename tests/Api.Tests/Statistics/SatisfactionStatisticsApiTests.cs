using System.Net;
using System.Text.Json;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Statistics;

public class SatisfactionStatisticsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const double Tolerance = 1e-4;
    private const string Path = "/api/statistics/satisfaction";

    private Task<HttpClient> ClientAsync(string role = StaffRoles.Manager, string? department = null) =>
        StatisticsKeys.ClientAsync(factory, role, department);

    private static Task<JsonElement> JsonAsync(HttpResponseMessage response) => StatisticsKeys.JsonAsync(response);

    [Fact]
    public async Task Get_CounterWithAnswers_ReturnsIndexIntervalElementsCriteriaDistributionAndMean()
    {
        var counter = await SatisfactionCountRows.CounterPlaceAsync(factory.ConnectionString, "TT_TINH-TP");
        var day = new DateOnly(2025, 5, 14);
        var rows = new SatisfactionCountRows(factory.ConnectionString).QuickRatings(day, counter, 40, 41, 182);
        foreach (var each in SipasForm.Criteria)
        {
            // 2, 2, 4, 4, 4, 4, 5, 5, 5, 5 and one "không áp dụng": index 0.8, mean 4 ± 0.826022 (t, 9 df).
            rows.Criterion(day, counter, each.Number, new AnswerCounts(0, 2, 0, 4, 4, notApplicable: 1));
        }
        await rows.SaveAsync();
        var client = await ClientAsync();

        var json = await JsonAsync(await client.GetAsync($"{Path}?from=2025-05-01&to=2025-05-31&scope=counter&code=TT_TINH-TP"));

        Assert.Equal("2025-05-01", json.GetProperty("from").GetString());
        Assert.Equal("counter", json.GetProperty("scope").GetString());
        Assert.Equal("Quầy Sở Tư pháp", json.GetProperty("name").GetString());
        Assert.Equal(10, json.GetProperty("minimumAnswers").GetInt32());
        var quick = json.GetProperty("quickRating");
        Assert.Equal(263, quick.GetProperty("n").GetInt32());
        Assert.False(quick.GetProperty("suppressed").GetBoolean());
        Assert.Equal(0.307985, quick.GetProperty("index").GetDouble(), Tolerance);
        Assert.Equal(0.255289, quick.GetProperty("interval").GetProperty("lower").GetDouble(), Tolerance);
        Assert.Equal(0.366210, quick.GetProperty("interval").GetProperty("upper").GetDouble(), Tolerance);
        Assert.Equal(182, quick.GetProperty("distribution").GetProperty("dissatisfied").GetInt32());
        var sipas = json.GetProperty("sipas");
        Assert.Equal(0.8, sipas.GetProperty("index").GetDouble(), Tolerance);
        var elements = sipas.GetProperty("elements");
        Assert.Equal(["E1", "E2", "E3", "E4", "E5"], elements.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        var criterion = elements[0].GetProperty("criteria")[0];
        Assert.Equal(1, criterion.GetProperty("number").GetInt32());
        Assert.Equal(10, criterion.GetProperty("n").GetInt32());
        Assert.Equal(0.8, criterion.GetProperty("index").GetDouble(), Tolerance);
        Assert.Equal(4 - 0.826022, criterion.GetProperty("mean").GetProperty("lower").GetDouble(), Tolerance);
        Assert.Equal(1, criterion.GetProperty("distribution").GetProperty("notApplicable").GetInt32());
        Assert.Equal(4, criterion.GetProperty("distribution").GetProperty("level5").GetInt32());
        Assert.Equal("2025-05", json.GetProperty("trend").GetProperty("months")[0].GetProperty("month").GetString());
        Assert.Equal("procedure", json.GetProperty("units").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Get_MoreRatingsThanScans_ResponseRateNullWithItsReason()
    {
        var counter = await SatisfactionCountRows.CounterPlaceAsync(factory.ConnectionString, "TT_TINH-TC");
        int touchpoint;
        await using (var db = TestDatabase.CreateDbContext(factory.ConnectionString))
        {
            touchpoint = db.Touchpoints.First(t => t.CounterId == counter.CounterId).Id;
        }
        var day = new DateOnly(2025, 8, 12);
        // 30 QR-page ratings over 3 scans would be 1000%; the 5 kiosk ratings are counted beside it.
        await new SatisfactionCountRows(factory.ConnectionString)
            .QuickRatings(day, counter, 15, 10, 10).Scans(touchpoint, day, 3).SaveAsync();
        await TestResponses.AddCountedAsync(factory.ConnectionString, counter, touchpoint, day, "web", 30);
        await TestResponses.AddCountedAsync(factory.ConnectionString, counter, touchpoint, day, "kiosk", 5);
        var client = await ClientAsync();

        var json = await JsonAsync(await client.GetAsync($"{Path}?from=2025-08-01&to=2025-08-31&scope=counter&code=TT_TINH-TC"));

        var rate = json.GetProperty("responseRate");
        Assert.Equal((30, 3L), (rate.GetProperty("responses").GetInt32(), rate.GetProperty("scans").GetInt64()));
        Assert.Equal(JsonValueKind.Null, rate.GetProperty("rate").ValueKind);
        Assert.Equal("more_ratings_than_scans", rate.GetProperty("unknown").GetString());
        Assert.Equal((30, 5), (rate.GetProperty("channels").GetProperty("web").GetInt32(), rate.GetProperty("channels").GetProperty("kiosk").GetInt32()));
    }

    [Fact]
    public async Task Get_NineAnswers_SuppressedFiguresCarryNoValue()
    {
        var counter = await SatisfactionCountRows.CounterPlaceAsync(factory.ConnectionString, "TT_TINH-XD");
        // 7 of 9 satisfied would be 0.777778: it must appear nowhere in the body.
        await new SatisfactionCountRows(factory.ConnectionString).QuickRatings(new DateOnly(2025, 6, 3), counter, 4, 3, 2).SaveAsync();
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}?from=2025-06-01&to=2025-06-30&scope=counter&code=TT_TINH-XD");

        var json = await JsonAsync(response);
        var quick = json.GetProperty("quickRating");
        Assert.Equal(9, quick.GetProperty("n").GetInt32());
        Assert.True(quick.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, quick.GetProperty("index").ValueKind);
        Assert.Equal(JsonValueKind.Null, quick.GetProperty("interval").ValueKind);
        Assert.Equal(JsonValueKind.Null, quick.GetProperty("distribution").ValueKind);
        var month = json.GetProperty("trend").GetProperty("months")[0];
        Assert.True(month.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, month.GetProperty("index").ValueKind);
        Assert.DoesNotContain("0.77", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("from=2025-13-01&to=2025-12-31", "from")]
    [InlineData("to=2025-12-31", "from")]
    [InlineData("from=01/05/2025&to=2025-12-31", "from")]
    [InlineData("from=2025-05-01&to=2025-04-30", "to")]
    [InlineData("from=2020-01-01&to=2025-01-01", "to")]
    [InlineData("from=2025-05-01&to=2025-05-31&scope=country", "scope")]
    [InlineData("from=2025-05-01&to=2025-05-31&scope=counter", "code")]
    [InlineData("from=2025-05-01&to=2025-05-31&scope=counter&code=KHONG_CO", "code")]
    [InlineData("from=2025-05-01&to=2025-05-31&scope=province&code=TT_TINH", "code")]
    public async Task Get_BadParameter_Returns400ProblemDetailsNamingIt(string query, string parameter)
    {
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}?{query}");

        await StatisticsKeys.AssertValidationProblemAsync(response, parameter);
    }

    [Fact]
    public async Task Get_FiveYearsLessADay_IsAccepted()
    {
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}?from=2020-01-01&to=2024-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutKey_Returns401()
    {
        var response = await factory.CreateClient().GetAsync($"{Path}?from=2025-05-01&to=2025-05-31");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_IntegrationKey_Returns403()
    {
        var client = await ClientAsync(StaffRoles.Integration);

        var response = await client.GetAsync($"{Path}?from=2025-05-01&to=2025-05-31");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The dashboard's tests read the same table: both hosts answer alike.</summary>
    [Theory]
    [MemberData(nameof(FigureVisibilityCases.DepartmentStaff), MemberType = typeof(FigureVisibilityCases))]
    public async Task Get_DepartmentStaffKey_AnswersAsTheDashboard(string department, SatisfactionScope kind, string code, bool shown)
    {
        var client = await ClientAsync(StaffRoles.DepartmentStaff, department);

        var response = await client.GetAsync($"{Path}?from=2025-05-01&to=2025-05-31&scope={kind.Name()}&code={code}");

        Assert.Equal(shown ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        if (!shown)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Get_DepartmentStaffKeyForTheProvince_Returns403()
    {
        var client = await ClientAsync(StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync($"{Path}?from=2025-05-01&to=2025-05-31&scope=province");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_DepartmentScope_ComparesOnlyThatDepartmentsCounters()
    {
        var justice = await SatisfactionCountRows.CounterPlaceAsync(factory.ConnectionString, "TT_TINH_DH-TP");
        var construction = await SatisfactionCountRows.CounterPlaceAsync(factory.ConnectionString, "TT_TINH_DH-XD");
        var day = new DateOnly(2025, 7, 9);
        await new SatisfactionCountRows(factory.ConnectionString)
            .QuickRatings(day, justice, 10, 10, 5).QuickRatings(day, construction, 0, 0, 50).SaveAsync();
        var client = await ClientAsync(StaffRoles.DepartmentStaff, "SO_TP");

        var json = await JsonAsync(await client.GetAsync($"{Path}?from=2025-07-01&to=2025-07-31&scope=department&code=SO_TP"));

        Assert.Equal(25, json.GetProperty("quickRating").GetProperty("n").GetInt32());
        var units = json.GetProperty("units").GetProperty("units");
        Assert.Equal(["TT_TINH_DH-TP"], units.EnumerateArray().Select(u => u.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheStatisticsEndpointAndItsParameters()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty(Path).GetProperty("get");
        Assert.Equal("GetSatisfactionStatistics", operation.GetProperty("operationId").GetString());
        Assert.Equal(["from", "to", "scope", "code"], operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(operation.TryGetProperty("security", out _));
    }
}
