using System.Net;
using AngleSharp.Dom;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Reports;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Web.Tests.Reports;

public class ManageReportsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Reports";

    private static string Rows(IDocument page) =>
        string.Join(" ", page.ByTestId("report").Select(r => $"{r.GetAttribute("data-period")}|{r.GetAttribute("data-scope")}"));

    [Fact]
    public async Task Get_AsManager_ListsReportsNewestPeriodFirstAndFiltersByKindAndScope()
    {
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Month(2025, 8), ReportScope.Province);
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Quarter(2025, 3), ReportScope.Department("SO_TP"));
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Month(2025, 9), ReportScope.Center("TT_TINH"));
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("2025-09|center:TT_TINH 2025-Q3|department:SO_TP 2025-08|province", Rows(page));
        var september = page.QuerySelector("[data-testid='report'][data-period='2025-09']")!;
        Assert.Contains("Tháng 09/2025", september.TextContent);
        Assert.Contains("Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị", september.TextContent);
        Assert.Equal("/Manage/Reports/Download?period=2025-09&scope=center%3ATT_TINH&format=docx",
            september.QuerySelector("[data-testid='download-docx']")!.GetAttribute("href"));
        Assert.NotNull(september.QuerySelector("[data-testid='regenerate']"));
        Assert.NotNull(page.QuerySelector("[data-testid='nav-reports'][href='/Manage/Reports']"));

        var quarters = await HtmlDocuments.ParseAsync(await client.GetAsync($"{Page}?kind=quarter"));
        Assert.Equal("2025-Q3|department:SO_TP", Rows(quarters));
        var center = await HtmlDocuments.ParseAsync(await client.GetAsync($"{Page}?scope=center:TT_TINH"));
        Assert.All(center.ByTestId("report"), r => Assert.Equal("center:TT_TINH", r.GetAttribute("data-scope")));
    }

    [Fact]
    public async Task GetDownload_DocxAndXlsx_AreTheArchivedFilesWithTheirTypesAndAsciiNames()
    {
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Month(2024, 10), ReportScope.Province);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var docx = await client.GetAsync($"{Page}/Download?period=2024-10&scope=province&format=docx");
        var xlsx = await client.GetAsync($"{Page}/Download?period=2024-10&scope=province&format=xlsx");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (docx.StatusCode, xlsx.StatusCode));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bao-cao-hai-long-2024-10-tinh.docx", docx.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("bao-cao-hai-long-2024-10-tinh.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("10/2024", text);
        using var annex = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        Assert.NotEmpty(annex.WorkbookPart!.Workbook!.Sheets!.ChildElements);
    }

    [Theory]
    [InlineData("period=2019-10&scope=province&format=docx", HttpStatusCode.NotFound)]
    [InlineData("period=2024-10&scope=center:NO_SUCH&format=docx", HttpStatusCode.NotFound)]
    [InlineData("period=2024-13&scope=province&format=docx", HttpStatusCode.BadRequest)]
    [InlineData("period=2024-10&scope=province&format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("period=2024-10&scope=province&format=1", HttpStatusCode.BadRequest)]
    public async Task GetDownload_UnknownReportOrBadParameter_IsRefused(string query, HttpStatusCode expected)
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync($"{Page}/Download?{query}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task GetPreview_ArchivedReport_ShowsItsHtmlInsideTheLayout()
    {
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Month(2024, 11), ReportScope.Department("SO_TP"), by: "quanly@quangtri.gov.vn");
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync($"{Page}/Preview?period=2024-11&scope=department:SO_TP");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Báo cáo Tháng 11/2024 – Sở Tư pháp", page.QuerySelector("h1")!.TextContent);
        var preview = page.ByTestId("report-preview").Single();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", preview.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, [style]"));
        Assert.Equal("1", page.ByTestId("version").Single().TextContent);
        Assert.Contains("quanly@quangtri.gov.vn", page.QuerySelector(".facts")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid='nav-reports']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Page}/Preview?period=2019-11&scope=province")).StatusCode);
    }

    [Fact]
    public async Task PostOrder_SameFormTwice_OrdersOnceAndEnqueuesOneJob()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var formId = Guid.NewGuid();
        Dictionary<string, string> Fields() => new()
        {
            ["Input.FormId"] = formId.ToString(),
            ["Input.Kind"] = "SixMonths",
            ["Input.Year"] = "2025",
            ["Input.Number"] = "2",
            ["Input.Scope"] = "center:TT_TINH",
            ["Input.SendEmail"] = "true",
        };

        var first = await StaffAccounts.PostFormAsync(client, Page, Fields(), handler: "Order");
        var second = await StaffAccounts.PostFormAsync(client, Page, Fields(), handler: "Order");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var ordered = await HtmlDocuments.ParseAsync(await client.GetAsync(first.Headers.Location));
        Assert.Contains("6 tháng cuối năm 2025 – Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị", ordered.ByTestId("ordered").Single().TextContent);
        Assert.Contains(ordered.ByTestId("pending-order"), o => o.GetAttribute("data-period") == "2025-H2");
        var repeated = await HtmlDocuments.ParseAsync(await client.GetAsync(second.Headers.Location));
        Assert.Single(repeated.ByTestId("repeated"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var order = await db.ReportOrders.SingleAsync(o => o.Id == formId);
        Assert.Equal(("2025-H2", "center:TT_TINH", true), (order.PeriodKey, order.ScopeKey, order.SendEmail));
        Assert.StartsWith("manager-", order.OrderedBy);
        Assert.Single(ArchivedReports.EnqueuedOrders(factory), id => id == formId);
        Assert.Single(await db.AuditEvents.Where(e => e.Action == "report_ordered" && e.Target == "2025-H2 center:TT_TINH").ToListAsync());
    }

    [Fact]
    public async Task PostRegenerate_ArchivedReport_OrdersItAgainWithoutMailOncePerForm()
    {
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Month(2024, 12), ReportScope.Province);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync($"{Page}?kind=month"));
        var row = page.QuerySelector("[data-testid='report'][data-period='2024-12']")!;
        var form = row.QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

        var first = await StaffAccounts.PostFormAsync(client, Page, new(fields), handler: "Regenerate");
        var again = await StaffAccounts.PostFormAsync(client, Page, new(fields), handler: "Regenerate");

        Assert.Equal(("ordered", "repeated"), (Done(first), Done(again)));
        var formId = Guid.Parse(fields["formId"]);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var order = await db.ReportOrders.SingleAsync(o => o.Id == formId);
        Assert.Equal(("2024-12", "province", false), (order.PeriodKey, order.ScopeKey, order.SendEmail));
        Assert.Single(ArchivedReports.EnqueuedOrders(factory), id => id == formId);
    }

    [Theory]
    [InlineData("Month", "2025", "13", "province", "Input.Number", "Tháng phải từ 1 đến 12.")]
    [InlineData("Quarter", "2025", "0", "province", "Input.Number", "Quý phải từ 1 đến 4.")]
    [InlineData("SixMonths", "2025", "", "province", "Input.Number", "Với 6 tháng, nhập 1")]
    [InlineData("Year", "2019", "", "province", "Input.Year", "Năm phải từ 2020 đến")]
    [InlineData("Month", "", "3", "province", "Input.Year", "Xin nhập năm.")]
    [InlineData("Month", "abc", "3", "province", "Input.Year", "Giá trị 'abc' không hợp lệ.")]
    [InlineData("Month", "2025", "3", "center:NO_SUCH", "Input.Scope", "Xin chọn phạm vi báo cáo trong danh sách.")]
    [InlineData("Month", "2025", "3", "", "Input.Scope", "Xin chọn phạm vi báo cáo.")]
    [InlineData("", "2025", "3", "province", "Input.Kind", "Xin chọn loại kỳ báo cáo.")]
    public async Task PostOrder_BadInput_ShowsTheFieldErrorAndOrdersNothing(string kind, string year, string number, string scope, string field, string error)
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var formId = Guid.NewGuid();

        var response = await StaffAccounts.PostFormAsync(client, Page, new()
        {
            ["Input.FormId"] = formId.ToString(),
            ["Input.Kind"] = kind,
            ["Input.Year"] = year,
            ["Input.Number"] = number,
            ["Input.Scope"] = scope,
        }, handler: "Order");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains(error, page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent);
        Assert.Equal(formId.ToString(), page.QuerySelector("input[name='Input.FormId']")!.GetAttribute("value"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.ReportOrders.AnyAsync(o => o.Id == formId));
    }

    [Fact]
    public async Task PostOrder_PeriodNotStarted_ShowsTheFieldError()
    {
        // 20 May 2026 in Vietnam: June has not started, the first half (15/12/2025–14/06/2026) has.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 20, 3, 0, 0, TimeSpan.Zero));
        await using var may = factory.WithWebHostBuilder(host => host.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = await StaffAccounts.SignedInAsync(may, StaffRoles.Manager);
        Dictionary<string, string> Order(string kind, string number) => new()
        {
            ["Input.FormId"] = Guid.NewGuid().ToString(),
            ["Input.Kind"] = kind,
            ["Input.Year"] = "2026",
            ["Input.Number"] = number,
            ["Input.Scope"] = "province",
        };

        var june = await StaffAccounts.PostFormAsync(client, Page, Order("Month", "6"), handler: "Order");
        var firstHalf = await StaffAccounts.PostFormAsync(client, Page, Order("SixMonths", "1"), handler: "Order");

        var page = await HtmlDocuments.ParseAsync(june);
        Assert.Equal("Kỳ báo cáo này chưa bắt đầu.", page.QuerySelector("[data-valmsg-for='Input.Number']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, firstHalf.StatusCode);
    }

    [Fact]
    public async Task ManageReports_AsDepartmentStaff_AreRefusedAndOrderNothing()
    {
        await ArchivedReports.GenerateAsync(factory, ReportPeriod.Month(2024, 9), ReportScope.Province);
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");
        var anonymous = StaffAccounts.NewClient(factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{Page}/Download?period=2024-09&scope=province&format=docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{Page}/Preview?period=2024-09&scope=province")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"{Page}?handler=Regenerate", new FormUrlEncodedContent([]))).StatusCode);
        var signIn = await anonymous.GetAsync($"{Page}/Download?period=2024-09&scope=province&format=docx");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/Account/SignIn", signIn.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task PostOrder_WithoutAntiforgeryToken_Returns400AndOrdersNothing()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var formId = Guid.NewGuid();

        var response = await client.PostAsync($"{Page}?handler=Order", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.FormId"] = formId.ToString(),
            ["Input.Kind"] = "Month",
            ["Input.Year"] = "2025",
            ["Input.Number"] = "1",
            ["Input.Scope"] = "province",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.False(await db.ReportOrders.AnyAsync(o => o.Id == formId));
    }

    private static string? Done(HttpResponseMessage response) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), response.Headers.Location!).Query)
            .TryGetValue("done", out var done) ? done.ToString() : null;
}
