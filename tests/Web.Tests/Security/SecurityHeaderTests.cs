using CchcFeedback.Core.Identity;

namespace CchcFeedback.Web.Tests.Security;

public class SecurityHeaderTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task EveryPage_AnonymousAndSignedIn_CarriesTheSecurityHeaders()
    {
        var admin = await StaffAccounts.SignedInAsync(factory, StaffRoles.Admin);
        var anonymous = StaffAccounts.NewClient(factory);
        var pages = StaffPageRoutes.Under(factory.Services, "/Admin")
            .Concat(StaffPageRoutes.Under(factory.Services, "/Staff"))
            .Concat(["/", "/Staff", "/Account/ChangePassword", "/Account/TwoFactor", "/khong-co"]);

        foreach (var (client, page) in pages.Select(p => (admin, p)).Concat(new[] { "/", "/Account/SignIn", "/Account/ForgotPassword", "/khong-co" }.Select(p => (anonymous, p))))
        {
            var response = await client.GetAsync(page);

            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        var admin = await StaffAccounts.SignedInAsync(factory, StaffRoles.Admin);

        foreach (var page in new[] { "/", "/Admin/Users", "/Admin/Users/Create", "/Admin/ApiClients", "/Account/TwoFactor" })
        {
            var document = await HtmlDocuments.ParseAsync(await admin.GetAsync(page));

            Assert.All(document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {page}"));
            Assert.Empty(document.QuerySelectorAll("[onclick],[onload],[onsubmit]"));
        }
    }
}
