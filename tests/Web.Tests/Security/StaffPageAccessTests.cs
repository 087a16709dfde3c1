using System.Net;
using CchcFeedback.Core.Identity;

namespace CchcFeedback.Web.Tests.Security;

public class StaffPageAccessTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private IReadOnlyList<string> Pages(string folder) => StaffPageRoutes.Under(factory.Services, folder);

    [Fact]
    public void StaffAndAdminFolders_HaveThePagesTheTestsExpect()
    {
        Assert.Contains("/Admin/Users", Pages("/Admin"));
        Assert.Contains("/Admin/ApiClients", Pages("/Admin"));
        Assert.Contains("/Staff", Pages("/Staff").Append("/Staff").Distinct());
        Assert.Contains("/Staff/Departments/Detail", Pages("/Staff"));
        Assert.Contains("/Manage/Touchpoints", Pages("/Manage"));
        Assert.Contains("/Manage/Touchpoints/Poster", Pages("/Manage"));
        Assert.Contains("/Manage/Touchpoints/CenterPosters", Pages("/Manage"));
        Assert.Contains("/Manage/Responses", Pages("/Manage"));
        Assert.Contains("/Manage/Triage", Pages("/Manage"));
        Assert.Contains("/Manage/Calendar", Pages("/Manage"));
        Assert.Contains("/Manage/Outbox", Pages("/Manage"));
        Assert.Contains("/Manage/Reports", Pages("/Manage"));
        Assert.Contains("/Manage/Reports/Preview", Pages("/Manage"));
        Assert.Contains("/Manage/Reports/Download", Pages("/Manage"));
        Assert.Contains("/Manage/Assistant", Pages("/Manage"));
    }

    [Fact]
    public async Task Get_EveryStaffAdminAndAccountPageAnonymously_RedirectsToSignIn()
    {
        var client = StaffAccounts.NewClient(factory);
        var protectedPages = Pages("/Admin").Concat(Pages("/Staff")).Concat(Pages("/Manage")).Append("/Staff").Append(JobsDashboardPath)
            .Append("/Account/ChangePassword").Append("/Account/TwoFactor");

        foreach (var page in protectedPages)
        {
            var response = await client.GetAsync(page);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {response.StatusCode}");
            Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
        }
    }

    [Theory]
    [InlineData(StaffRoles.DepartmentStaff)]
    [InlineData(StaffRoles.Manager)]
    public async Task Get_EveryAdminPageAsNonAdmin_Returns403(string role)
    {
        var client = await StaffAccounts.SignedInAsync(factory, role, role == StaffRoles.DepartmentStaff ? ["SO_TP"] : []);

        foreach (var page in Pages("/Admin").Append(JobsDashboardPath))
        {
            var response = await client.GetAsync(page);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{page} answered {response.StatusCode} to a {role}");
        }
    }

    [Fact]
    public async Task Get_EveryManagePageAsDepartmentStaff_Returns403()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        foreach (var page in Pages("/Manage"))
        {
            var response = await client.GetAsync(page);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{page} answered {response.StatusCode} to a DepartmentStaff");
        }
    }

    [Theory]
    [InlineData(StaffRoles.Manager)]
    [InlineData(StaffRoles.Admin)]
    public async Task Get_ManageTouchpointsAsManagerOrAdmin_Returns200(string role)
    {
        var client = await StaffAccounts.SignedInAsync(factory, role);

        var response = await client.GetAsync("/Manage/Touchpoints");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_AdminPagesAsAdmin_Return200()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Admin);

        foreach (var page in new[] { "/Admin/Users", "/Admin/Users/Create", "/Admin/ApiClients", "/Admin/Audit", JobsDashboardPath })
        {
            var response = await client.GetAsync(page);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode} to an Admin");
        }
    }

    [Fact]
    public async Task GetForbiddenPage_AsDepartmentStaff_ShowsTheVietnameseRefusalAndIsAudited()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync("/Admin/Users");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Không có quyền truy cập", page.ByTestId("error-title").Single().TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "access_denied" && e.Target == "/Admin/Users");
    }

    private const string JobsDashboardPath = "/admin/jobs";
}
