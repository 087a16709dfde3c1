using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Touchpoints;

public class TouchpointServiceTests
{
    [Fact]
    public async Task ReissueAsync_TwoClicksAtOnce_IssuesExactlyOneNewToken()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString);
        int id;
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            id = await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-TP" && t.RevokedAt == null).Select(t => t.Id).SingleAsync();
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TouchpointService>().ReissueAsync(id, "manager@test");
        }));

        Assert.Single(results, r => r is not null);
        await using var check = TestDatabase.CreateDbContext(connectionString);
        var place = await check.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-TP").ToListAsync();
        Assert.Equal(2, place.Count);
        var replacement = Assert.Single(place, t => t.RevokedAt == null);
        Assert.Equal(replacement.Id, place.Single(t => t.Id == id).ReplacedById);
        Assert.Single(check.AuditEvents.Where(e => e.Action == "touchpoint_reissued"));
    }

    [Fact]
    public async Task RevokeAsync_Twice_RevokesAndAuditsOnce()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CchcFeedback.Core.Data.CchcDbContext>();
        var id = await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-XD" && t.RevokedAt == null).Select(t => t.Id).SingleAsync();
        var service = scope.ServiceProvider.GetRequiredService<TouchpointService>();

        var first = await service.RevokeAsync(id, "manager@test");
        var second = await service.RevokeAsync(id, "manager@test");

        Assert.Equal((true, false), (first, second));
        await using var check = TestDatabase.CreateDbContext(connectionString);
        Assert.Single(check.AuditEvents.Where(e => e.Action == "touchpoint_revoked"));
    }
}
