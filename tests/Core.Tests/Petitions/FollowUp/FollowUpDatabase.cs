using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Petitions.FollowUp;

/// <summary>A database with the sample catalog and Core's services on a fake clock, for the tests of what a
/// citizen does after the answer and of what is kept or erased.</summary>
public sealed class FollowUpDatabase : IAsyncDisposable
{
    /// <summary>10:00 in Vietnam on a Wednesday.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private FollowUpDatabase(string connectionString, ServiceProvider services, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        Services = services;
        Clock = clock;
    }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public PersonalDataProtector Protector => Services.GetRequiredService<PersonalDataProtector>();

    public static async Task<FollowUpDatabase> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var connectionString = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(Now);
        var services = CoreServices.For(connectionString, settings, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        return new FollowUpDatabase(connectionString, services, clock);
    }

    public CchcDbContext NewDbContext() => TestDatabase.CreateDbContext(ConnectionString);

    public async Task<Petition> InsertAsync(Petition petition, params PetitionEvent[] events)
    {
        await using var db = NewDbContext();
        db.Petitions.Add(petition);
        db.PetitionEvents.AddRange(events);
        await db.SaveChangesAsync();
        return petition;
    }

    /// <summary>Runs <paramref name="use"/> in a scope of its own, as one request or one job run.</summary>
    public async Task<T> WithAsync<T, TService>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
