using System.Net;
using CchcFeedback.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Account;

public class SignInTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task SignIn_RightPassword_RedirectsToStaffHomeAndIsAudited()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);

        var response = await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Staff", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Actor == email && e.Action == "sign_in");
    }

    [Fact]
    public async Task Get_SignInForm_RememberMeCarriesNoEnglishRequiredMessage()
    {
        var response = await StaffAccounts.NewClient(factory).GetAsync("/Account/SignIn");

        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        var rememberMe = page.ByTestId("remember-me").Single();
        Assert.Equal("checkbox", rememberMe.GetAttribute("type"));
        Assert.False(rememberMe.HasAttribute("data-val-required"));
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
        // The fields that are required keep their Vietnamese messages.
        Assert.Equal("Xin nhập mật khẩu.", page.QuerySelector("input[name='Input.Password']")!.GetAttribute("data-val-required"));
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownEmail_GivesTheSameMessage()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);

        var wrongPassword = await HtmlDocuments.ParseAsync(await StaffAccounts.SignInAsync(client, email, "sai-mat-khau-hoan-toan"));
        var unknownEmail = await HtmlDocuments.ParseAsync(await StaffAccounts.SignInAsync(client, "khong-co-ai@test.cchc.vn", "sai-mat-khau-hoan-toan"));

        var message = wrongPassword.ByTestId("errors").Single().TextContent.Trim();
        Assert.Contains("E-mail hoặc mật khẩu không đúng.", message);
        Assert.Equal(message, unknownEmail.ByTestId("errors").Single().TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await StaffAccounts.SignInAsync(client, email, "sai-mat-khau-lan-" + attempt);
        }

        var response = await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("tạm khóa", page.ByTestId("errors").Single().TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Staff")).StatusCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Contains(db.AuditEvents, e => e.Actor == email && e.Action == "locked_out");
    }

    [Fact]
    public async Task PostSignIn_WithoutAntiforgeryToken_IsRefused()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);

        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = StaffAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("cchc.staff")));
    }

    [Fact]
    public async Task SignIn_EmptyFields_ShowsFieldLevelVietnameseMessages()
    {
        var client = StaffAccounts.NewClient(factory);

        var page = await HtmlDocuments.ParseAsync(await StaffAccounts.SignInAsync(client, "", ""));

        Assert.Contains("Xin nhập địa chỉ e-mail.", page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent);
        Assert.Contains("Xin nhập mật khẩu.", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
    }

    [Fact]
    public async Task SignIn_AccountWithTemporaryPassword_IsSentToChangePassword()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<StaffUserService>();
        var created = await service.CreateAsync(new NewStaffUser($"tam-{Guid.NewGuid():N}@test.cchc.vn", "Người mới", [StaffRoles.Manager], []), null, "test");
        var client = StaffAccounts.NewClient(factory);

        var response = await StaffAccounts.SignInAsync(client, created.User!.Email!, created.GeneratedPassword!);

        Assert.Equal("/Account/ChangePassword", response.Headers.Location!.OriginalString);
    }
}
