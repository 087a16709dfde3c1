using System.Collections.Concurrent;
using System.Net;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Web.Tests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Web.Tests.Petitions;

/// <summary>The Web host keeping every log line it writes, at every level, for tests that read them.</summary>
public class LogCapturingWebFactory : WebFactory
{
    private readonly CapturedLogs _logs = new();

    public ConcurrentQueue<string> Lines => _logs.Lines;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
    }
}

public class PetitionPrivacyTests(LogCapturingWebFactory factory) : IClassFixture<LogCapturingWebFactory>
{
    [Fact]
    public async Task Send_WithContactDetails_NoLogLineHoldsThem()
    {
        var client = StaffAccounts.NewClient(factory);
        var fields = PetitionForms.Valid();
        fields["Input.ContactEmail"] = "binh.tran@example.vn";

        var response = await PetitionForms.PostAsync(client, "/phan-anh", fields);
        await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(factory.Lines, line => line.Contains("received", StringComparison.Ordinal));
        foreach (var personal in new[] { "Trần Thị Bình", "0987654321", "0987 654 321", "Hùng Vương", "binh.tran@example.vn" })
        {
            Assert.DoesNotContain(factory.Lines, line => line.Contains(personal, StringComparison.Ordinal));
        }
    }
}

public class PetitionRateLimitTests(LimitedWebFactory factory) : IClassFixture<LimitedWebFactory>
{
    [Fact]
    public async Task Track_MoreLookUpsThanTheLimit_Returns429WithRetryAfter()
    {
        var client = StaffAccounts.NewClient(factory);
        HttpResponseMessage? response = null;

        for (var lookUp = 0; lookUp <= LimitedWebFactory.PetitionPermits; lookUp++)
        {
            response = await client.GetAsync($"/track?code={TrackingCode.New()}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }
}

/// <summary>The Web host with a retention period shorter than the default.</summary>
public class SixMonthRetentionWebFactory : WebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Retention:ContactMonthsAfterClosing", "6");
    }
}

public class PetitionPrivacyNoteTests(SixMonthRetentionWebFactory factory) : IClassFixture<SixMonthRetentionWebFactory>
{
    [Fact]
    public async Task Check_RetentionOfSixMonths_ThePrivacyNoteSaysSix()
    {
        var client = StaffAccounts.NewClient(factory);

        var response = await PetitionForms.PostAsync(client, "/phan-anh", PetitionForms.Valid(), handler: "Check");

        var page = await HtmlDocuments.ParseAsync(response);
        var note = page.ByTestId("privacy").Single().TextContent;
        Assert.Contains("được xóa 6 tháng sau khi kết thúc xử lý", note);
        Assert.DoesNotContain("24", note);
    }
}
