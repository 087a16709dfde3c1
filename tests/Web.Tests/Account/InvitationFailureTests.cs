using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Account;

/// <summary>The Web host with an SMTP server that is not there (nothing listens on port 9 of loopback).</summary>
public class UnreachableMailWebFactory : WebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", "9");
        builder.UseSetting("Email:UseTls", "false");
    }
}

public class InvitationFailureTests(UnreachableMailWebFactory factory) : IClassFixture<UnreachableMailWebFactory>
{
    [Fact]
    public async Task CreateUser_InvitationCannotBeSent_ShowsTheOneTimePasswordInstead()
    {
        var admin = await StaffAccounts.SignedInAsync(factory, StaffRoles.Admin);
        var email = $"moi-{Guid.NewGuid():N}@test.cchc.vn";

        var response = await StaffAccounts.PostFormAsync(admin, "/Admin/Users/Create", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Lê Văn Mời",
            ["Input.Roles"] = StaffRoles.Manager,
            ["Input.SendInvitation"] = "true",
        });

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.NotEmpty(page.ByTestId("invitation-failed"));
        var password = page.ByTestId("temporary-password").Single().TextContent.Trim();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await StaffAccounts.SignInAsync(StaffAccounts.NewClient(factory), email, password)).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_MailServerDown_AnswersAsUsual()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(StaffAccounts.NewClient(factory), "/Account/ForgotPassword", new() { ["Input.Email"] = email });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(response)).ByTestId("reset-sent"));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.True(await db.Users.AnyAsync(u => u.Email == email));
    }
}
