using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Web.Tests.Transparency;

/// <summary>The counts behind the public page's tests, on a fixed clock: 15 March 2026 in Vietnam, so the page
/// shows April 2025 to March 2026.</summary>
public static class TransparencyData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 3, 0, 0, TimeSpan.Zero);
    public const string BigCenter = "TT_TINH";
    public const string SmallCenter = "TT_TINH_DH";
    public const string WithheldCenter = "TT_DONGHA";

    /// <summary>TT_TINH: 14/20 in January, 15/20 in February, 24/30 in March (70%, 75%, 80%); TT_TINH_DH: 4/5 in
    /// March only, too few to publish; TT_DONGHA: 8/10 in March only, the smallest other center in March, so it is
    /// withheld to protect TT_TINH_DH's five (and its 12-month figure with it, which is that same March). The
    /// province's March is 36/45 = 80%, so its trend rises by exactly 5 points a month.</summary>
    public static async Task SeedAsync(string connectionString)
    {
        var big = await SatisfactionCountRows.CounterPlaceAsync(connectionString, "TT_TINH-TP");
        var small = await SatisfactionCountRows.CounterPlaceAsync(connectionString, "TT_TINH_DH-TP");
        var withheld = await SatisfactionCountRows.CounterPlaceAsync(connectionString, "TT_DONGHA-HTCT");
        await new SatisfactionCountRows(connectionString)
            .QuickRatings(new DateOnly(2026, 1, 20), big, 4, 10, 6)
            .QuickRatings(new DateOnly(2026, 2, 10), big, 5, 10, 5)
            .QuickRatings(new DateOnly(2026, 3, 2), big, 10, 14, 6)
            .QuickRatings(new DateOnly(2026, 3, 12), small, 1, 3, 1)
            .QuickRatings(new DateOnly(2026, 3, 5), withheld, 4, 4, 2)
            .SaveAsync();
    }

    public static void UseFixedClock(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
}

/// <summary>The Web host with the transparency counts on a fixed clock, on a real port (for the browser too).</summary>
public class TransparencyKestrelFactory : KestrelWebApplicationFactory<Program>
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TransparencyData.SeedAsync(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        TransparencyData.UseFixedClock(builder);
    }
}

/// <summary>The Web host allowing three anonymous requests a minute.</summary>
public class AnonymousLimitedWebFactory : WebFactory
{
    public const int Permits = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AnonymousPermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
