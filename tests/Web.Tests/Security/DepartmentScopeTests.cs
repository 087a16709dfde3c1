using System.Net;
using CchcFeedback.Core.Identity;

namespace CchcFeedback.Web.Tests.Security;

public class DepartmentScopeTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task GetStaffHome_DepartmentStaff_SeesOnlyOwnDepartment()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Staff"));

        var department = Assert.Single(page.ByTestId("department"));
        Assert.Equal("SO_TP", department.GetAttribute("data-code"));
    }

    [Fact]
    public async Task GetStaffHome_Manager_SeesEveryDepartment()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Staff"));

        Assert.Equal(25, page.ByTestId("department").Length);
    }

    [Fact]
    public async Task GetDepartment_OwnDepartment_ShowsItsCountersAndProcedures()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync("/Staff/Departments/Detail?code=SO_TP");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Sở Tư pháp", page.ByTestId("department-name").Single().TextContent);
        Assert.True(page.ByTestId("counter").Length >= 2);
    }

    [Fact]
    public async Task GetDepartment_AnotherDepartment_Returns404AndIsAudited()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await client.GetAsync("/Staff/Departments/Detail?code=SO_XD");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Action == "access_denied" && e.Target == "department:SO_XD");
    }
}
