using System.Net;
using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Statistics;

public class PetitionStatisticsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Path = "/api/statistics/petitions";
    private const string June2026 = "from=2026-06-01&to=2026-06-30";

    private Task<HttpClient> ClientAsync(string role = StaffRoles.Manager, string? department = null) =>
        StatisticsKeys.ClientAsync(factory, role, department);

    /// <summary>June 2026: the Department of Justice answers one petition late and hands one back as "not ours",
    /// which goes to the Department of Construction.</summary>
    private async Task InsertJuneAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        if (await db.PetitionEvents.AnyAsync(e => e.Kind == PetitionEventKind.Returned))
        {
            return;
        }
        var departments = await db.Departments.Where(d => d.Code == "SO_TP" || d.Code == "SO_XD").ToDictionaryAsync(d => d.Code, d => d.Id);
        var vietnam = TimeSpan.FromHours(7);
        var late = TestPetitions.Routed(departments["SO_TP"], new DateTimeOffset(2026, 6, 1, 9, 0, 0, vietnam), VietnamTime.EndOf(new DateOnly(2026, 6, 15)));
        late.Status = PetitionStatus.Answered;
        late.AnsweredAt = new DateTimeOffset(2026, 6, 17, 9, 0, 0, vietnam).ToUniversalTime();
        var returned = TestPetitions.Routed(departments["SO_XD"], new DateTimeOffset(2026, 6, 3, 9, 0, 0, vietnam), VietnamTime.EndOf(new DateOnly(2026, 6, 17)));
        db.Petitions.AddRange(late, returned);
        db.PetitionEvents.AddRange(
            TestPetitions.Event(late.Id, PetitionEventKind.Routed, new DateTimeOffset(2026, 6, 1, 9, 0, 0, vietnam), new { department = "SO_TP" }),
            TestPetitions.Event(returned.Id, PetitionEventKind.Routed, new DateTimeOffset(2026, 6, 2, 9, 0, 0, vietnam), new { department = "SO_TP" }),
            TestPetitions.Event(returned.Id, PetitionEventKind.Returned, new DateTimeOffset(2026, 6, 3, 8, 0, 0, vietnam), new { department = "SO_TP" }),
            TestPetitions.Event(returned.Id, PetitionEventKind.Routed, new DateTimeOffset(2026, 6, 3, 9, 0, 0, vietnam), new { department = "SO_XD" }));
        await db.SaveChangesAsync();
    }

    private static Task<JsonElement> JsonAsync(HttpResponseMessage response) => StatisticsKeys.JsonAsync(response);

    [Fact]
    public async Task Get_ManagerForJune2026_ReturnsEachDepartmentsMonthAndTheTotal()
    {
        await InsertJuneAsync();
        var client = await ClientAsync();

        var json = await JsonAsync(await client.GetAsync($"{Path}?{June2026}"));

        Assert.Equal("2026-06-01", json.GetProperty("from").GetString());
        var months = json.GetProperty("months").EnumerateArray().ToList();
        var justice = months.Single(m => m.GetProperty("departmentCode").GetString() == "SO_TP");
        Assert.Equal("2026-06", justice.GetProperty("month").GetString());
        Assert.Equal((2, 1, 0, 1, 1, 12.0, 0.0), (justice.GetProperty("received").GetInt32(), justice.GetProperty("answered").GetInt32(),
            justice.GetProperty("answeredOnTime").GetInt32(), justice.GetProperty("overdue").GetInt32(), justice.GetProperty("returned").GetInt32(),
            justice.GetProperty("medianWorkingDaysToAnswer").GetDouble(), justice.GetProperty("onTimeRatio").GetDouble()));
        var construction = months.Single(m => m.GetProperty("departmentCode").GetString() == "SO_XD");
        Assert.Equal(JsonValueKind.Null, construction.GetProperty("onTimeRatio").ValueKind);
        var total = json.GetProperty("total");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("month").ValueKind);
        Assert.Equal(3, total.GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Get_DepartmentStaffKey_SeesItsOwnDepartmentAndIsRefusedAnother()
    {
        await InsertJuneAsync();
        var client = await ClientAsync(StaffRoles.DepartmentStaff, "SO_XD");

        var own = await JsonAsync(await client.GetAsync($"{Path}?{June2026}"));
        var other = await client.GetAsync($"{Path}?{June2026}&department=SO_TP");

        Assert.Equal(["SO_XD"], own.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("departmentCode").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("to=2026-06-30", "from")]
    [InlineData("from=2026-06-31&to=2026-07-31", "from")]
    [InlineData("from=2026-06-01&to=2026-05-31", "to")]
    [InlineData("from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("from=2026-06-01&to=2026-06-30&department=KHONG_CO", "department")]
    public async Task Get_BadParameter_Returns400ProblemDetailsNamingIt(string query, string parameter)
    {
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}?{query}");

        await StatisticsKeys.AssertValidationProblemAsync(response, parameter);
    }

    [Fact]
    public async Task Get_WithoutKey_Returns401()
    {
        var response = await factory.CreateClient().GetAsync($"{Path}?{June2026}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesThePetitionStatisticsEndpoint()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty(Path).GetProperty("get");
        Assert.Equal("GetPetitionStatistics", operation.GetProperty("operationId").GetString());
        Assert.Equal(["from", "to", "department"], operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _));
    }
}
