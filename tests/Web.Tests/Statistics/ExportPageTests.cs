using System.Globalization;
using System.Net;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Surveys;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Statistics;

public class ExportPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Path = "/Staff/Statistics/Export";

    private async Task InsertResponseAsync(string counterCode, DateTimeOffset at, string comment)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var touchpoint = await db.Touchpoints.AsNoTracking().Include(t => t.Counter).FirstAsync(t => t.Counter!.Code == counterCode);
        db.SurveyResponses.Add(new SurveyResponse
        {
            Id = Guid.CreateVersion7(),
            FormVersion = 1,
            TouchpointId = touchpoint.Id,
            CenterId = touchpoint.CenterId,
            CounterId = touchpoint.CounterId,
            DepartmentId = touchpoint.Counter!.DepartmentId,
            Channel = "qr",
            SubmittedAt = at,
            QuickRating = QuickRating.Satisfied,
            Comment = comment,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        var response = await StaffAccounts.NewClient(factory).GetAsync($"{Path}?kind=responses&format=csv&from=2025-05-01&to=2025-05-31");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ManagerResponsesCsvOfADepartment_ItsResponsesWithDiacriticsAndAnAuditEntry()
    {
        var at = new DateTimeOffset(2025, 11, 4, 2, 0, 0, TimeSpan.Zero);
        await InsertResponseAsync("TT_TINH-TP", at, "Thủ tục nhanh gọn, cảm ơn quý cơ quan");
        await InsertResponseAsync("TT_TINH-XD", at, "Chờ đợi quá lâu");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync($"{Path}?kind=responses&format=csv&from=2025-11-01&to=2025-11-30&department=SO_TP");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        using var csv = new CsvParser(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        Assert.Equal(2, rows.Count);
        Assert.Equal("SO_TP", rows[1][4]);
        Assert.Equal("Thủ tục nhanh gọn, cảm ơn quý cơ quan", rows[1][33]);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "statistics_exported" && e.Target == "statistics:responses" && e.Details!.Contains("SO_TP"));
    }

    [Fact]
    public async Task Get_DepartmentStaffResponses_Returns403AndWritesNoFile()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync($"{Path}?kind=responses&format=csv&from=2025-11-01&to=2025-11-30");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Chỉ Quản trị và Lãnh đạo", page.QuerySelector("[data-testid=export-errors]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.DepartmentStaff, "SO_TP", false)]
    [InlineData(StaffRoles.Manager, null, true)]
    [InlineData(StaffRoles.Admin, null, true)]
    public async Task Get_Form_OffersResponsesOnlyToAdminsAndManagers(string role, string? department, bool offered)
    {
        var client = department is null
            ? await StaffAccounts.SignedInAsync(factory, role)
            : await StaffAccounts.SignedInAsync(factory, role, department);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Path));

        Assert.NotNull(page.QuerySelector("[data-testid=export-form]"));
        Assert.Equal(offered, page.QuerySelector("[data-testid=kind-responses]") is not null);
    }

    [Fact]
    public async Task Get_DepartmentStaffAskingAnotherDepartment_Returns403()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync($"{Path}?kind=figures&format=xlsx&from=2025-11-01&to=2025-11-30&department=SO_XD");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_BadDate_Returns400WithTheMessage()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync($"{Path}?kind=figures&format=csv&from=2025-13-01&to=2025-11-30");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("YYYY-MM-DD", page.QuerySelector("[data-testid=export-errors]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NoParameters_ShowsTheForm()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Path));

        Assert.NotNull(page.QuerySelector("[data-testid=export-form]"));
    }
}
