using System.Net;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Web.Tests.Account;

/// <summary>The Web host where Admins must sign in with a second factor.</summary>
public class TwoFactorAdminsWebFactory : WebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RequireTwoFactorForAdmins", "true");
    }
}

public class TwoFactorTests(TwoFactorAdminsWebFactory factory) : IClassFixture<TwoFactorAdminsWebFactory>
{
    private static async Task<string> EnableTwoFactorAsync(HttpClient client)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Account/TwoFactor"));
        var key = page.ByTestId("shared-key").Single().TextContent;
        var enabled = await StaffAccounts.PostFormAsync(client, "/Account/TwoFactor", new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return key;
    }

    [Fact]
    public async Task SignIn_WithTwoFactorEnabled_AsksForTheCodeAndAcceptsOnlyTheRightOne()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var setup = StaffAccounts.NewClient(factory);
        await StaffAccounts.SignInAsync(setup, email, StaffAccounts.Password);
        var key = await EnableTwoFactorAsync(setup);
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(await setup.GetAsync("/Account/TwoFactor"))).ByTestId("two-factor-on"));
        var client = StaffAccounts.NewClient(factory);

        var first = await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);
        Assert.StartsWith("/Account/SignInTwoFactor", first.Headers.Location!.OriginalString);
        var wrong = await StaffAccounts.PostFormAsync(client, first.Headers.Location.OriginalString, new() { ["Input.Code"] = "000000" });
        Assert.Contains("Mã xác thực không đúng.", (await HtmlDocuments.ParseAsync(wrong)).ByTestId("errors").Single().TextContent);
        var right = await StaffAccounts.PostFormAsync(client, first.Headers.Location.OriginalString, new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_WhenTwoFactorIsRequired_RefuseAPasswordOnlySessionAndAcceptASecondFactorOne()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Admin);
        var passwordOnly = StaffAccounts.NewClient(factory);
        await StaffAccounts.SignInAsync(passwordOnly, email, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await passwordOnly.GetAsync("/Admin/Users")).StatusCode);
        var key = await EnableTwoFactorAsync(passwordOnly);
        var client = StaffAccounts.NewClient(factory);

        var first = await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);
        await StaffAccounts.PostFormAsync(client, first.Headers.Location!.OriginalString, new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).StatusCode);
    }
}
