using System.Collections.Concurrent;
using System.Security.Claims;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Petitions.Handling;

/// <summary>Records what would have been sent to the routing job.</summary>
public sealed class RecordingRoutingQueue : IPetitionRoutingQueue
{
    public ConcurrentQueue<Guid> Enqueued { get; } = new();

    public void Enqueue(Guid petitionId) => Enqueued.Enqueue(petitionId);
}

/// <summary>Core's services on a test database with a fake clock (Monday 16 November 2026, 10:00 in Vietnam) and a
/// recording routing queue, and the principals' scopes the actions run with.</summary>
public sealed class HandlingServices : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 3, 0, 0, TimeSpan.Zero);

    public HandlingServices(string connectionString)
    {
        ConnectionString = connectionString;
        Provider = CoreServices.For(connectionString, configure: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.Replace(ServiceDescriptor.Singleton<IPetitionRoutingQueue>(Routing));
        });
    }

    public string ConnectionString { get; }
    public FakeTimeProvider Clock { get; } = new(Monday);
    public RecordingRoutingQueue Routing { get; } = new();
    public ServiceProvider Provider { get; }

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> run) where TService : notnull
    {
        await using var scope = Provider.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<PetitionActionResult> HandleAsync(Func<PetitionHandling, Task<PetitionActionResult>> run) => RunAsync(run);

    public Task<PetitionActionResult> OverseeAsync(Func<PetitionOversight, Task<PetitionActionResult>> run) => RunAsync(run);

    public Task<Petition> RoutedAsync(string departmentCode, Action<Petition>? configure = null, int photos = 0, DateTimeOffset? receivedAt = null) =>
        RoutedPetitions.AddAsync(ConnectionString, departmentCode, receivedAt ?? Monday.AddDays(-1), configure, photos);

    public async Task<int> DepartmentIdAsync(string code)
    {
        await using var db = TestDatabase.CreateDbContext(ConnectionString);
        return await db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    /// <summary>A DepartmentStaff member of the departments, as the sign-in puts them in the cookie.</summary>
    public async Task<PetitionAction> StaffOfAsync(Guid petitionId, params string[] departmentCodes)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "can-bo@so.test"), new(ClaimTypes.Role, StaffRoles.DepartmentStaff) };
        foreach (var code in departmentCodes)
        {
            claims.Add(new Claim(StaffClaimTypes.Department, (await DepartmentIdAsync(code)).ToString()));
        }
        var scope = DepartmentScope.For(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
        return new PetitionAction(petitionId, Guid.NewGuid(), "can-bo@so.test", scope);
    }

    public static PetitionAction Manager(Guid petitionId) => new(petitionId, Guid.NewGuid(), "lanh-dao@vp.test", DepartmentScope.Everything);

    public async Task<(Petition Petition, List<PetitionEvent> Events)> ReadAsync(Guid petitionId)
    {
        await using var db = TestDatabase.CreateDbContext(ConnectionString);
        var petition = await db.Petitions.AsNoTracking().Include(p => p.Photos).SingleAsync(p => p.Id == petitionId);
        var events = await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == petitionId).OrderBy(e => e.Id).ToListAsync();
        return (petition, events);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}

/// <summary>A test class with its own database and <see cref="HandlingServices"/> over it.</summary>
public abstract class HandlingTestClass(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    protected DatabaseFixture Database { get; } = database;

    protected HandlingServices Services { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Services = new HandlingServices(Database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
