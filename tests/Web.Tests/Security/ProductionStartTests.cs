using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>The Web host as Production starts it: the settings a deployment must give before it serves anyone.</summary>
public class ProductionStartTests
{
    private static Dictionary<string, string?> RealTransports() => new()
    {
        ["Email:SmtpHost"] = "smtp.quangtri.gov.vn",
        ["Sms:Adapter"] = "Webhook",
        ["Sms:WebhookUrl"] = "https://gateway.example.vn/sms",
        ["Zalo:Adapter"] = "Webhook",
        ["Zalo:WebhookUrl"] = "https://gateway.example.vn/zalo",
    };

    private static async Task<Exception?> StartAsync(Dictionary<string, string?> settings)
    {
        await using var factory = new ProductionWebFactory(settings);
        await factory.InitializeAsync();
        try
        {
            using var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/minh-bach")).StatusCode);
            return null;
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            return exception;
        }
    }

    [Fact]
    public async Task Start_ProductionWithoutDataProtectionCertificate_RefusesNamingTheSetting()
    {
        var settings = RealTransports();

        var refused = await StartAsync(settings);

        Assert.NotNull(refused);
        Assert.Contains("Security:DataProtectionCertificate is required in Production", refused.ToString());
    }

    [Fact]
    public async Task Start_ProductionWithStandIns_RefusesNamingTheSettingThatAllowsThem()
    {
        var settings = TestCertificates.DataProtectionSettings(TestCertificates.DataProtectionPfx());

        var refused = await StartAsync(settings);

        Assert.NotNull(refused);
        Assert.Contains("Notifications:AllowStandIns=true", refused.ToString());
    }

    [Fact]
    public async Task Start_ProductionWithCertificateAndStandInsAllowedExplicitly_Serves()
    {
        var settings = TestCertificates.ProductionSettings();

        Assert.Null(await StartAsync(settings));
    }

    private sealed class ProductionWebFactory(Dictionary<string, string?> settings) : WebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
