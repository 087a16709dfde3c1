using CchcFeedback.Core.Kiosks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.TestCommon.Kiosks;

/// <summary>Kiosks paired through the real service of a test host, and taps as a tablet sends them.</summary>
public static class TestKiosks
{
    public const string KeyHeader = "X-Kiosk-Key";

    /// <summary>A new kiosk at the counter; returns the key the pairing URL holds.</summary>
    public static async Task<CreatedKiosk> PairAsync<TProgram>(WebApplicationFactory<TProgram> factory, string counterCode = "TT_TINH-TP")
        where TProgram : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KioskService>().CreateAsync(counterCode, null, "test");
    }

    public static async Task RevokeAsync<TProgram>(WebApplicationFactory<TProgram> factory, int kioskId)
        where TProgram : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KioskService>().RevokeAsync(kioskId, "test");
    }

    /// <summary>One tap as the kiosk page's JSON has it.</summary>
    public static Dictionary<string, object?> Tap(Guid clientId, long sequence, DateTimeOffset localTime, string rating = "satisfied", params string[] reasons) => new()
    {
        ["clientId"] = clientId.ToString(),
        ["sequence"] = sequence,
        ["localTime"] = localTime.ToString("o"),
        ["quickRating"] = rating,
        ["reasons"] = reasons,
    };
}
