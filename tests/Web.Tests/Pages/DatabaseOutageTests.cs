using System.Net;
using CchcFeedback.Core.Identity;
using CchcFeedback.Web.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Pages;

/// <summary>The Web host on a PostgreSQL server of its own, which the tests stop and start. Signed-in staff have
/// their security stamp checked on every request.</summary>
public class OutageWebFactory : PrivateClusterFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:StampValidation:ValidationInterval", "00:00:00");
    }
}

public class DatabaseOutageTests(OutageWebFactory factory) : IClassFixture<OutageWebFactory>
{
    private async Task<string> TokenAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.UnpooledConnectionString);
        return await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-XD" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    private static async Task AssertOutagePageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút.", page.ByTestId("error-retry").Single().TextContent);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task GetLanding_DatabaseStopped_Returns503VietnamesePageThenTheLandingOnceItIsBack(string mode)
    {
        var token = await TokenAsync();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/q/{token}")).StatusCode);

        using (factory.Cluster.Outage(mode))
        {
            await AssertOutagePageAsync(await client.GetAsync($"/q/{token}"));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/q/{token}")).StatusCode);
    }

    [Fact]
    public async Task GetStaffPage_DatabaseStoppedWhileTheSessionIsChecked_Returns503NotAnEmpty500()
    {
        var staff = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        using (factory.Cluster.Outage())
        {
            await AssertOutagePageAsync(await staff.GetAsync("/Staff"));
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task Logs_DatabaseStopped_AWarningAndNoError()
    {
        var token = await TokenAsync();

        using (factory.Cluster.Outage())
        {
            await factory.CreateClient().GetAsync($"/q/{token}");
        }

        var lines = factory.Lines.ToList();
        Assert.Contains(lines, l => l.StartsWith($"Warning {typeof(ErrorModel).FullName}: GET /q/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error ", StringComparison.Ordinal));
    }
}
