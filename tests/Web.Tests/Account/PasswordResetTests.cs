using System.Net;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CchcFeedback.Web.Tests.Account;

public partial class PasswordResetTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task ForgotPassword_KnownAddress_MailsALinkThatSetsANewPassword()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);

        var requested = await StaffAccounts.PostFormAsync(client, "/Account/ForgotPassword", new() { ["Input.Email"] = email });

        Assert.NotEmpty((await HtmlDocuments.ParseAsync(requested)).ByTestId("reset-sent"));
        var link = ResetLink().Match(await LastMessageToAsync(email)).Value;
        var path = new Uri(link).PathAndQuery;
        var reset = await StaffAccounts.PostFormAsync(client, path, new()
        {
            ["Input.Password"] = "mat-khau-moi-sau-khi-quen",
            ["Input.ConfirmPassword"] = "mat-khau-moi-sau-khi-quen",
        });
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(reset)).ByTestId("reset-done"));
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.SignInAsync(StaffAccounts.NewClient(factory), email, "mat-khau-moi-sau-khi-quen")).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_AnswersTheSameAndSendsNothing()
    {
        var email = $"khong-co-{Guid.NewGuid():N}@test.cchc.vn";
        var client = StaffAccounts.NewClient(factory);

        var requested = await StaffAccounts.PostFormAsync(client, "/Account/ForgotPassword", new() { ["Input.Email"] = email });

        Assert.NotEmpty((await HtmlDocuments.ParseAsync(requested)).ByTestId("reset-sent"));
        Assert.Null(await FindMessageToAsync(email));
    }

    [Fact]
    public async Task ResetPassword_ForgedCode_IsRefusedWithAClearMessage()
    {
        var client = StaffAccounts.NewClient(factory);

        var response = await StaffAccounts.PostFormAsync(client, $"/Account/ResetPassword?userId={Guid.NewGuid()}&code=gia-mao", new()
        {
            ["Input.Password"] = "mat-khau-moi-sau-khi-quen",
            ["Input.ConfirmPassword"] = "mat-khau-moi-sau-khi-quen",
        });

        Assert.Contains("Liên kết đã hết hạn hoặc không hợp lệ.", (await HtmlDocuments.ParseAsync(response)).ByTestId("errors").Single().TextContent);
    }

    private async Task<string?> FindMessageToAsync(string email)
    {
        var folder = factory.Services.GetRequiredService<IOptions<EmailOptions>>().Value.PickupDirectory;
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email))
            {
                return message.TextBody;
            }
        }
        return null;
    }

    private async Task<string> LastMessageToAsync(string email) =>
        await FindMessageToAsync(email) ?? throw new InvalidOperationException("No message to " + email);

    [GeneratedRegex(@"http://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();
}
