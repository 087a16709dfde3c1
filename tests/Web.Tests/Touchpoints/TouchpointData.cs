using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Touchpoints;

/// <summary>The touchpoints of a test host's database, as the tests need to find them.</summary>
public static class TouchpointData
{
    public const string BaseUrl = "https://gopy.quangtri.test";
    public const string Hotline = "0233 3 999 999";

    public record CounterTouchpoint(int Id, string Token, string CenterCode, string CenterName, string CounterCode, string CounterName);

    public static async Task<IReadOnlyList<CounterTouchpoint>> ActiveCountersAsync(string connectionString)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.Touchpoints.Where(t => t.RevokedAt == null && t.Counter != null)
            .OrderBy(t => t.Counter!.Code)
            .Select(t => new CounterTouchpoint(t.Id, t.Token, t.Center.Code, t.Center.NameVi, t.Counter!.Code, t.Counter.NameVi))
            .ToListAsync();
    }

    public static async Task<CounterTouchpoint> ActiveCounterAsync(string connectionString, string counterCode) =>
        (await ActiveCountersAsync(connectionString)).Single(t => t.CounterCode == counterCode);

    public static async Task<int> ScansAsync(string connectionString, int touchpointId)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.TouchpointScans.Where(s => s.TouchpointId == touchpointId).SumAsync(s => (int?)s.Count) ?? 0;
    }

    public static async Task<string> ReissueAsync(string connectionString, int touchpointId)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var replacement = await Service(db).ReissueAsync(touchpointId, "test");
        return replacement!.Token;
    }

    public static async Task RevokeAsync(string connectionString, int touchpointId)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.True(await Service(db).RevokeAsync(touchpointId, "test"));
    }

    private static TouchpointService Service(Core.Data.CchcDbContext db) => new(db, TimeProvider.System, new AuditLog(db, TimeProvider.System));
}
