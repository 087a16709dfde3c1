using System.Text.Json;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Routing.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Routing;

public class PetitionTriageTests : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Manager = "manager@test.cchc.vn";
    private readonly DatabaseFixture _database;
    private ServiceProvider _services = null!;

    public PetitionTriageTests(DatabaseFixture database) => _database = database;

    public Task InitializeAsync()
    {
        _services = CoreServices.For(_database.ConnectionString);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    /// <summary>A petition from the website with nothing to go on: the routing job sends it to triage.</summary>
    private async Task<Guid> RoutedToTriageAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionService>().SubmitAsync(new PetitionSubmission
        {
            SubmissionId = Guid.NewGuid(),
            Kind = PetitionKind.KienNghi,
            Title = "Ý kiến của tôi",
            Text = "Tôi có ý kiến muốn gửi.",
            ContactName = "Lê Văn Cường",
            ContactPhone = "0912 345 678",
            ContactAddress = "12 Lê Lợi, Đông Hà",
            ConsentContact = true,
        }, PetitionOrigin.Website, PetitionChannel.Web);
        var id = result.PetitionId!.Value;
        await scope.ServiceProvider.GetRequiredService<RoutePetitionJob>().RunAsync(id);
        return id;
    }

    private async Task<T> InScopeAsync<T>(Func<PetitionTriage, Task<T>> act)
    {
        await using var scope = _services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<PetitionTriage>());
    }

    [Fact]
    public async Task OldestAsync_PetitionTheRouterWasUnsureAbout_ListedWithTheGuessesOfItsRoutingEvent()
    {
        var id = await RoutedToTriageAsync();

        var waiting = await InScopeAsync(t => t.OldestAsync(100));

        var listed = Assert.Single(waiting, p => p.Id == id);
        Assert.Equal("Tôi có ý kiến muốn gửi.", listed.Text);
        await using var db = _database.CreateDbContext();
        var routed = await db.PetitionEvents.SingleAsync(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed);
        var recorded = JsonDocument.Parse(routed.Data!).RootElement.GetProperty("guesses").EnumerateArray()
            .Select(g => (g.GetProperty("department").GetString()!, g.GetProperty("score").GetDouble(),
                string.Join(' ', g.GetProperty("words").EnumerateArray().Select(w => w.GetString()))));
        Assert.Equal(3, listed.Guesses.Count);
        Assert.Equal(recorded, listed.Guesses.Select(g => (g.DepartmentCode, g.Score, string.Join(' ', g.Words ?? []))));
        Assert.Equal(listed.Guesses.OrderByDescending(g => g.Score), listed.Guesses);
    }

    [Fact]
    public async Task RouteAsync_PetitionInTriage_RoutesItWithItsEventAuditAndLabelledExampleOnce()
    {
        var id = await RoutedToTriageAsync();

        var outcomes = await Task.WhenAll(
            InScopeAsync(t => t.RouteAsync(id, "SO_TP", Manager)),
            InScopeAsync(t => t.RouteAsync(id, "SO_XD", Manager)));

        Assert.Equal([ManualRoutingOutcome.Routed, ManualRoutingOutcome.NotInTriage], outcomes.Order());
        await using var db = _database.CreateDbContext();
        var petition = await db.Petitions.Include(p => p.Department).SingleAsync(p => p.Id == id);
        var chosen = petition.Department!.Code;
        Assert.Equal((PetitionStatus.Routed, false, nameof(RoutingRule.Manual)), (petition.Status, petition.NeedsTriage, petition.RoutingRule));
        var manual = Assert.Single(await db.PetitionEvents.Where(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed && e.Actor == Manager).ToListAsync());
        Assert.Equal(chosen, JsonDocument.Parse(manual.Data!).RootElement.GetProperty("department").GetString());
        Assert.Equal(petition.RoutedAt, manual.At);
        var example = Assert.Single(await db.RoutingExamples.Where(e => e.PetitionId == id).ToListAsync());
        Assert.Equal((chosen, RoutingExampleSource.Triage, "Tôi có ý kiến muốn gửi.", Manager), (example.DepartmentCode, example.Source, example.Text, example.Actor));
        Assert.Single(await db.AuditEvents.Where(a => a.Action == "petition_routed_manually" && a.Target == $"petition:{id}").ToListAsync());
        var notice = Assert.Single(await db.OutboxMessages.Where(m => m.DedupeKey.StartsWith(PetitionNotifications.KeyPrefix(id) + "routed:")).ToListAsync());
        Assert.Equal(PetitionNotifications.KeyPrefix(id) + $"routed:{petition.RoutedAt!.Value.ToUnixTimeMilliseconds()}", notice.DedupeKey);
        Assert.DoesNotContain(await InScopeAsync(t => t.OldestAsync(100)), p => p.Id == id);
    }

    [Fact]
    public async Task RouteAsync_UnknownDepartment_ChangesNothing()
    {
        var id = await RoutedToTriageAsync();

        var outcome = await InScopeAsync(t => t.RouteAsync(id, "NO_SUCH_DEPARTMENT", Manager));

        Assert.Equal(ManualRoutingOutcome.UnknownDepartment, outcome);
        await using var db = _database.CreateDbContext();
        Assert.True(await db.Petitions.Where(p => p.Id == id).Select(p => p.NeedsTriage).SingleAsync());
        Assert.False(await db.RoutingExamples.AnyAsync(e => e.PetitionId == id));
    }
}
