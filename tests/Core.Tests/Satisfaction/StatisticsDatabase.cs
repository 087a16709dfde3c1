using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Satisfaction;

/// <summary>Where a response was given: a counter's touchpoint, with the ids copied onto the response.</summary>
public sealed record ResponsePlace(int TouchpointId, int CenterId, int CounterId, int DepartmentId, string CounterCode, string DepartmentCode);

/// <summary>A test database with the sample catalog, Core's services with the statistics jobs, a fake clock,
/// and helpers to write responses straight into survey_responses.</summary>
public sealed class StatisticsDatabase : IAsyncDisposable
{
    private StatisticsDatabase(string connectionString, ServiceProvider services, FakeTimeProvider clock, IReadOnlyList<ResponsePlace> places)
    {
        ConnectionString = connectionString;
        Services = services;
        Clock = clock;
        Places = places;
    }

    public string ConnectionString { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }

    /// <summary>Every counter's active touchpoint, ordered by counter code.</summary>
    public IReadOnlyList<ResponsePlace> Places { get; }

    public static async Task<StatisticsDatabase> CreateAsync(DateTimeOffset? now = null)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));
        var services = CoreServices.For(connectionString, configure: s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        });
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var places = await db.Touchpoints.AsNoTracking()
            .Where(t => t.RevokedAt == null && t.Counter != null && t.ProcedureId == null)
            .OrderBy(t => t.Counter!.Code)
            .Select(t => new ResponsePlace(t.Id, t.CenterId, t.CounterId!.Value, t.Counter!.DepartmentId, t.Counter.Code, t.Counter.Department.Code))
            .ToListAsync();
        return new StatisticsDatabase(connectionString, services, clock, places);
    }

    public CchcDbContext NewDbContext() => TestDatabase.CreateDbContext(ConnectionString);

    public static SurveyResponse Response(ResponsePlace place, DateTimeOffset submittedAt, QuickRating rating, short[]? answers = null, bool flagged = false) =>
        TestResponses.At(place.TouchpointId, place.CenterId, place.CounterId, place.DepartmentId, submittedAt, rating, answers, flagged);

    public async Task InsertAsync(IEnumerable<SurveyResponse> responses)
    {
        await using var db = NewDbContext();
        db.SurveyResponses.AddRange(responses);
        await db.SaveChangesAsync();
    }

    public async Task<List<SurveyResponse>> ResponsesAsync()
    {
        await using var db = NewDbContext();
        return await db.SurveyResponses.AsNoTracking().ToListAsync();
    }

    public async Task<List<string>> CountTablesAsync()
    {
        await using var db = NewDbContext();
        return await CountTables.ReadAsync(db);
    }

    public Task<RollupResult> RollupAsync(int batchSize = SatisfactionRollupJob.BatchSize, CancellationToken cancellationToken = default) =>
        InScopeAsync<SatisfactionRollupJob, RollupResult>(job => job.RollupAsync(batchSize, cancellationToken));

    public Task<RollupCheck> RecountAsync() => InScopeAsync<SatisfactionRecountJob, RollupCheck>(job => job.RecountAsync());

    public Task<IReadOnlyList<SatisfactionAlert>> RaiseAlertsAsync() =>
        InScopeAsync<SatisfactionAlertJob, IReadOnlyList<SatisfactionAlert>>(job => job.RaiseAsync());

    public async Task<StaffUser> CreateUserAsync(string role, params string[] departments)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffUserService>()
            .CreateAsync(new NewStaffUser($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.cchc.vn", $"Người thử {role}", [role], departments), null, "test");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.User!;
    }

    private async Task<TResult> InScopeAsync<TJob, TResult>(Func<TJob, Task<TResult>> run) where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
