using CchcFeedback.Core.Identity;
using CchcFeedback.TestCommon.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class StaffSignInBrowserTests(BrowserFixture browser, KestrelWebFactory web) : IClassFixture<KestrelWebFactory>
{
    [Theory]
    [InlineData(StaffRoles.Admin, null)]
    [InlineData(StaffRoles.Manager, null)]
    [InlineData(StaffRoles.DepartmentStaff, "SO_TP")]
    public async Task SignIn_EachRole_ReachesTheStaffHomeAndSignsOut(string role, string? department)
    {
        var email = await StaffAccounts.CreateAsync(web, role, department is null ? [] : [department]);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);

        await page.GotoAsync("/Staff");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, "/Staff").ToString());
        await Expect(page.GetByTestId("nav-account")).ToContainTextAsync($"Người thử {role}");
        await Expect(page.GetByTestId("nav-admin")).ToHaveCountAsync(role == StaffRoles.Admin ? 1 : 0);
        if (department is not null)
        {
            await Expect(page.GetByTestId("department")).ToHaveCountAsync(1);
        }
        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("sign-out")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignInPage_Phone_HasNoSeriousAccessibilityViolation()
    {
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Phone);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByTestId("sign-in").ClickAsync();

        var violations = await AccessibilityScan.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, AccessibilityScan.Describe(violations));
    }

    [Fact]
    public async Task AdminCreatesUser_InTheBrowser_TheNewUserMustChangeTheTemporaryPassword()
    {
        var admin = await StaffAccounts.CreateAsync(web, StaffRoles.Admin);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(admin);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.GotoAsync("/Admin/Users/Create");
        var newEmail = $"moi-{Guid.NewGuid():N}@test.cchc.vn";

        await page.GetByLabel("E-mail").FillAsync(newEmail);
        await page.GetByLabel("Họ tên").FillAsync("Trần Thị Mới");
        await page.GetByLabel(StaffRoles.DepartmentStaff).CheckAsync();
        await page.GetByLabel("Sở Tư pháp").CheckAsync();
        await page.GetByTestId("save").ClickAsync();
        var temporary = (await page.GetByTestId("temporary-password").TextContentAsync())!.Trim();

        var fresh = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await fresh.GotoAsync("/Account/SignIn");
        await fresh.GetByLabel("E-mail").FillAsync(newEmail);
        await fresh.GetByLabel("Mật khẩu").FillAsync(temporary);
        await fresh.GetByTestId("sign-in").ClickAsync();
        await Expect(fresh).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));
    }
}
