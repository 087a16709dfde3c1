using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CchcFeedback.Api.Tests.Statistics;

public class StatisticsExportsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Path = "/api/statistics/exports";

    private async Task<HttpClient> ClientAsync(string role = StaffRoles.Manager, string? department = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>()
            .CreateAsync("Xuất dữ liệu thử " + Guid.NewGuid(), role, department, "test");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());
        return client;
    }

    /// <summary>Inserts responses with SQL, <paramref name="count"/> per counter, spread over the given local day.</summary>
    private async Task InsertResponsesAsync(string counterCode, DateOnly day, int count)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO survey_responses (id, form_version, touchpoint_id, center_id, counter_id, department_id, channel, submitted_at,
                quick_rating, dissatisfaction_reasons, expectations, comment, flagged, counted)
            SELECT gen_random_uuid(), 1, t.id, c.center_id, c.id, c.department_id, 'qr',
                @start + (n % 36000) * interval '1 second', 1 + n % 3, '{}', '{}', 'Góp ý số ' || n, false, 0
            FROM generate_series(1, @count) AS n
            CROSS JOIN counters c
            JOIN LATERAL (SELECT id FROM touchpoints WHERE counter_id = c.id LIMIT 1) t ON true
            WHERE c.code = @code
            """, connection);
        command.CommandTimeout = 300; // 200,000 rows while three other test projects share two cores
        command.Parameters.AddWithValue("start", new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)).ToUniversalTime());
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("code", counterCode);
        Assert.Equal(count, await command.ExecuteNonQueryAsync());
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var csv = new CsvParser(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return rows;
    }

    [Theory]
    [InlineData("figures", "unit")]
    [InlineData("responses", "includeFlagged")]
    public async Task OpenApiDocument_Export_DescribesEveryQueryParameter(string export, string ownParameter)
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var parameters = document.RootElement.GetProperty("paths").GetProperty($"{Path}/{export}").GetProperty("get")
            .GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("description", out var d) ? d.GetString() : null);
        string[] expected = ["format", "from", "to", "center", "counter", "department", "procedure", ownParameter];
        Assert.Equal(expected.Order(), parameters.Keys.Order());
        Assert.All(parameters.Values, description => Assert.False(string.IsNullOrWhiteSpace(description)));
        Assert.StartsWith("Last day, inclusive", parameters["to"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_ManagerCsv_FileWithVietnameseFileNameAndAuditEntry()
    {
        await InsertResponsesAsync("TT_TINH-TP", new DateOnly(2025, 8, 5), 12);
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}/responses?format=csv&from=2025-08-01&to=2025-08-31&counter=TT_TINH-TP");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("Phiếu khảo sát ẩn danh TT_TINH-TP 2025-08-01 đến 2025-08-31.csv", disposition.FileNameStar);
        Assert.Equal("Phieu khao sat an danh TT_TINH-TP 2025-08-01 den 2025-08-31.csv", disposition.FileName?.Trim('"'));
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(13, rows.Count);
        Assert.All(rows.Skip(1), r => Assert.StartsWith("Góp ý số ", r[33], StringComparison.Ordinal));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var audit = await db.AuditEvents.Where(e => e.Action == AuditActions.StatisticsExported).OrderBy(e => e.Id).LastAsync();
        Assert.StartsWith("api-client:", audit.Actor, StringComparison.Ordinal);
        Assert.Equal("statistics:responses", audit.Target);
        Assert.Contains("TT_TINH-TP", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_DepartmentStaffKey_Returns403AndExportsNothing()
    {
        await InsertResponsesAsync("TT_TINH_DH-TP", new DateOnly(2025, 9, 2), 5);
        var client = await ClientAsync(StaffRoles.DepartmentStaff, "SO_TP");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var auditedBefore = await db.AuditEvents.CountAsync(e => e.Action == AuditActions.StatisticsExported);

        var own = await client.GetAsync($"{Path}/responses?format=csv&from=2025-09-01&to=2025-09-30");
        var other = await client.GetAsync($"{Path}/responses?format=csv&from=2025-09-01&to=2025-09-30&department=SO_XD");

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.DoesNotContain("Góp ý số", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(auditedBefore, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.StatisticsExported));
    }

    [Fact]
    public async Task Figures_DepartmentStaffKey_OnlyItsDepartmentAndRefusedAnother()
    {
        await InsertResponsesAsync("TT_TINH_DH-TP", new DateOnly(2025, 10, 2), 5);
        var client = await ClientAsync(StaffRoles.DepartmentStaff, "SO_TP");

        var own = await client.GetAsync($"{Path}/figures?format=csv&from=2025-10-01&to=2025-10-31");
        var other = await client.GetAsync($"{Path}/figures?format=csv&from=2025-10-01&to=2025-10-31&department=SO_XD");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("figures?from=2025-05-01&to=2025-05-31", "format")]
    [InlineData("figures?format=pdf&from=2025-05-01&to=2025-05-31", "format")]
    [InlineData("figures?format=csv&from=2025-05-31&to=2025-05-01", "to")]
    [InlineData("figures?format=csv&from=2025-05-01&to=2025-05-31&unit=room", "unit")]
    [InlineData("responses?format=xlsx&from=2025-05-01&to=2025-05-31&counter=KHONG_CO", "counter")]
    public async Task Export_BadParameter_Returns400ProblemDetailsNamingIt(string query, string parameter)
    {
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"no error for {parameter}");
    }

    [Fact]
    public async Task Export_WithoutKey_Returns401()
    {
        var response = await factory.CreateClient().GetAsync($"{Path}/responses?format=csv&from=2025-05-01&to=2025-05-31");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Figures_Xlsx_IsAWorkbook()
    {
        var client = await ClientAsync();

        var response = await client.GetAsync($"{Path}/figures?format=xlsx&from=2025-05-01&to=2025-05-31&unit=center");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal("Cấp đơn vị", document.WorkbookPart!.WorksheetParts.Single().Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText);
    }

    /// <summary>200,000 rows: the first ones reach the client while the database is still sending the rest (its
    /// query is still active, blocked on the unread response), so nothing holds the whole result.</summary>
    [Fact]
    public async Task Responses_200000Rows_StreamBeforeTheQueryEndsAndCountsEveryRow()
    {
        const int Count = 200_000;
        await InsertResponsesAsync("TT_TINH-YT", new DateOnly(2025, 10, 7), Count);
        var client = await ClientAsync();

        using var response = await client.GetAsync($"{Path}/responses?format=csv&from=2025-10-07&to=2025-10-07", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var header = await reader.ReadLineAsync();
        var first = await reader.ReadLineAsync();
        var queryStillRunning = await ActiveExportQueriesAsync();
        var lines = 1;
        while (await reader.ReadLineAsync() is not null)
        {
            lines++;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Mã phiếu", header, StringComparison.Ordinal);
        Assert.NotNull(first);
        Assert.Equal(1, queryStillRunning);
        Assert.Equal(Count, lines);
    }

    private async Task<int> ActiveExportQueriesAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() " +
            "AND state = 'active' AND query LIKE '%FROM survey_responses%'", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
