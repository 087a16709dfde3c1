using CchcFeedback.TestCommon.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>A page (on a desktop unless told) signed in through the real sign-in form as a new user with the role.</summary>
public static class StaffBrowserPages
{
    public static Task<IPage> SignedInAsync(BrowserFixture browser, KestrelWebFactory web, string role, params string[] departments) =>
        SignedInAsync(browser, web, BrowserDevice.Desktop, role, departments);

    public static async Task<IPage> SignedInAsync<TProgram>(BrowserFixture browser, KestrelWebApplicationFactory<TProgram> web, BrowserDevice device,
        string role, params string[] departments) where TProgram : class
    {
        var email = await StaffAccounts.CreateAsync(web, role, departments);
        var page = await browser.NewPageAsync(web.BaseAddress, device);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("nav-account")).ToBeVisibleAsync();
        return page;
    }
}
