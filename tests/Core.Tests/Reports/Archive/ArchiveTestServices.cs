using CchcFeedback.Core.Data;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Satisfaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Reports.Archive;

/// <summary>Core's services with the report jobs on a test database, a fake clock, two report recipients, and
/// the given builder (the real one when none is given).</summary>
public sealed class ArchiveTestServices : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly string[] Recipients = ["vanphong@quangtri.gov.vn", "sonoivu@quangtri.gov.vn"];

    private ArchiveTestServices(string connectionString, ServiceProvider services, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        Services = services;
        Clock = clock;
    }

    public string ConnectionString { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<ArchiveTestServices> CreateAsync(IReportBuilder? builder = null, TestDatabaseContent content = TestDatabaseContent.SampleCatalog,
        IDictionary<string, string?>? settings = null)
    {
        var connectionString = await TestDatabase.CreateAsync(content);
        var clock = new FakeTimeProvider(Start);
        var all = new Dictionary<string, string?>
        {
            ["Reports:EmailRecipients:0"] = Recipients[0],
            ["Reports:EmailRecipients:1"] = Recipients[1],
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var services = CoreServices.For(connectionString, all, s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            if (builder is not null)
            {
                s.RemoveAll<IReportBuilder>();
                s.AddSingleton(builder);
            }
        });
        return new ArchiveTestServices(connectionString, services, clock);
    }

    public async Task<ArchivedVersion> GenerateAsync(ReportPeriod period, ReportScope scope, ReportMailing? mailing = null, string by = ArchivedReport.Schedule)
    {
        await using var scopeServices = Services.CreateAsyncScope();
        return await scopeServices.ServiceProvider.GetRequiredService<ReportArchive>().GenerateAsync(period, scope, by, mailing);
    }

    public CchcDbContext NewDbContext() => TestDatabase.CreateDbContext(ConnectionString);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
