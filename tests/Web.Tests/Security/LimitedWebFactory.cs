using Microsoft.AspNetCore.Hosting;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>The Web host with tiny sign-in, petition and assistant rate limits.</summary>
public class LimitedWebFactory : WebFactory
{
    public const int SignInPermits = 3;
    public const int PetitionPermits = 3;
    public const int AssistantPermits = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignInPermitsPerMinute", SignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PetitionPermitsPerMinute", PetitionPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:AssistantPermitsPerMinute", AssistantPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The Web host checking the security stamp on every request, so a disabled user's session ends at once.</summary>
public class StampCheckedWebFactory : WebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:StampValidation:ValidationInterval", "00:00:00");
    }
}
