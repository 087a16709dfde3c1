using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Api.Tests;

/// <summary>The Api host on its own database holding the sample catalog.</summary>
public class ApiFactory : CchcWebApplicationFactory<Program>;

/// <summary>The Api as <c>./cchc up</c> runs it: the framework behaves differently in Development (minimal APIs
/// throw on a request that does not bind, and a developer exception page sits in front).</summary>
public class DevelopmentApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

/// <summary>The Api as it runs in production (with the settings Production requires).</summary>
public class ProductionApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        foreach (var (key, value) in TestCertificates.ProductionSettings())
        {
            builder.UseSetting(key, value);
        }
    }
}
