using System.Net;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Kiosks;

public class ManageKiosksTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Kiosks";

    [Fact]
    public async Task PostCreate_AsManager_ShowsThePairingUrlOnceAndStoresOnlyTheKeysHash()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, Page, new() { ["Input.Counter"] = "TT_TINH-TP", ["Input.Name"] = "Máy quầy Tư pháp" }, handler: "Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        var url = page.ByTestId("pairing-url").Single().TextContent;
        Assert.StartsWith("https://gopy.quangtri.test/kiosk/pair#cchc_", url, StringComparison.Ordinal);
        var secret = url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.True(Core.ApiClients.ApiKey.TryParse(secret, out var key));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var kiosk = await db.Kiosks.SingleAsync(k => k.KeyId == key.KeyId);
        Assert.Equal("Máy quầy Tư pháp", kiosk.Name);
        Assert.NotEqual(System.Text.Encoding.UTF8.GetBytes(key.Secret), kiosk.SecretHash);
        Assert.True(key.Matches(kiosk.SecretHash));
        var again = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));
        Assert.Empty(again.ByTestId("pairing-url"));
        Assert.Single(again.QuerySelectorAll($"[data-testid='kiosk'][data-key-id='{key.KeyId}']"));
        Assert.DoesNotContain(key.Secret, again.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCreate_UnknownCounter_ShowsAFieldErrorAndCreatesNothing()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var before = await db.Kiosks.CountAsync();

        var response = await StaffAccounts.PostFormAsync(client, Page, new() { ["Input.Counter"] = "KHONG_CO" }, handler: "Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains("Không có quầy", page.QuerySelector("[data-valmsg-for='Input.Counter']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await db.Kiosks.CountAsync());
    }

    [Fact]
    public async Task PostRevoke_AsManager_RevokesTheKioskAndAuditsIt()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        var created = await HtmlDocuments.ParseAsync(await StaffAccounts.PostFormAsync(client, Page, new() { ["Input.Counter"] = "TT_TINH-TP" }, handler: "Create"));
        Assert.True(Core.ApiClients.ApiKey.TryParse(created.ByTestId("pairing-url").Single().TextContent.Split('#')[1], out var key));
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var id = await db.Kiosks.Where(k => k.KeyId == key.KeyId).Select(k => k.Id).SingleAsync();

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={id}", [], handler: "Revoke");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await db.Kiosks.Where(k => k.Id == id).Select(k => k.RevokedAt).SingleAsync());
        Assert.Contains(db.AuditEvents, e => e.Action == "kiosk_revoked" && e.Target == $"kiosk:{key.KeyId}");
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(Page));
        Assert.Equal("Đã thu hồi", page.QuerySelector($"[data-key-id='{key.KeyId}'] [data-testid='kiosk-state']")!.TextContent);
    }

    [Fact]
    public async Task Get_AsDepartmentStaff_Returns403()
    {
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var response = await staff.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostCreate_WithoutAntiForgeryToken_Returns400AndCreatesNothing()
    {
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var before = await db.Kiosks.CountAsync();

        var response = await client.PostAsync($"{Page}?handler=Create", new FormUrlEncodedContent([new("Input.Counter", "TT_TINH-TP")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await db.Kiosks.CountAsync());
    }
}
