using CchcFeedback.TestCommon.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A desktop page signed in through the real sign-in form as a new user with the role.</summary>
public static class StaffBrowserPages
{
    public static async Task<IPage> SignedInAsync(BrowserFixture browser, KestrelWebFactory web, string role, params string[] departments)
    {
        var email = await StaffAccounts.CreateAsync(web, role, departments);
        var page = await browser.NewPageAsync(web.BaseAddress, BrowserDevice.Desktop);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("nav-account")).ToBeVisibleAsync();
        return page;
    }
}
