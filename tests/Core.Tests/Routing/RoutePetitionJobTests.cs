using System.Data.Common;
using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CchcFeedback.Core.Tests.Routing;

public class RoutePetitionJobTests : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly DatabaseFixture _database;
    private ServiceProvider _services = null!;
    private string _counterToken = "";

    public RoutePetitionJobTests(DatabaseFixture database) => _database = database;

    public async Task InitializeAsync()
    {
        _services = CoreServices.For(_database.ConnectionString);
        await using var db = _database.CreateDbContext();
        _counterToken = await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-TP" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    private async Task<Guid> SubmitAsync(string title, string text)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionService>().SubmitAsync(new PetitionSubmission
        {
            SubmissionId = Guid.NewGuid(),
            Kind = PetitionKind.PhanAnh,
            Title = title,
            Text = text,
            ContactName = "Trần Thị Bình",
            ContactPhone = "0912 345 678",
            ContactAddress = "5 Hùng Vương, Đông Hà",
            ConsentContact = true,
        }, new PetitionOrigin(_counterToken), PetitionChannel.Web);
        return result.PetitionId!.Value;
    }

    private async Task RouteAsync(Guid id)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoutePetitionJob>().RunAsync(id);
    }

    [Fact]
    public async Task RunAsync_BribeReportedAtACounter_RoutedToTheInspectorateWithItsDecisionRecorded()
    {
        var id = await SubmitAsync("Cán bộ đòi tiền bồi dưỡng", "Cán bộ ở quầy nói phải đưa tiền bồi dưỡng thì hồ sơ mới được giải quyết nhanh.");

        await RouteAsync(id);

        await using var db = _database.CreateDbContext();
        var petition = await db.Petitions.Include(p => p.Department).SingleAsync(p => p.Id == id);
        Assert.Equal(PetitionStatus.Routed, petition.Status);
        Assert.Equal("THANHTRA", petition.Department!.Code);
        Assert.NotNull(petition.RoutingRule);
        Assert.NotNull(petition.RoutedAt);
        var routed = await db.PetitionEvents.SingleAsync(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed);
        Assert.Equal("THANHTRA", JsonDocument.Parse(routed.Data!).RootElement.GetProperty("department").GetString());
    }

    [Fact]
    public async Task RunAsync_RoutedPetition_GetsTheDeadlineOfItsKindCountedFromItsReceipt()
    {
        var id = await SubmitAsync("Hồ sơ trả chậm", "Hồ sơ đăng ký của tôi bị trả chậm hai tuần so với giấy hẹn mà không có thư xin lỗi.");

        await RouteAsync(id);

        await using var db = _database.CreateDbContext();
        var petition = await db.Petitions.SingleAsync(p => p.Id == id);
        Assert.Equal(PetitionDeadlines.DueAt(petition.Kind, petition.ReceivedAt, new WorkingDayCalendar()), petition.DueAt);
        Assert.True(petition.DueAt > petition.RoutedAt);
    }

    [Fact]
    public async Task RunAsync_TwoRunsAtOnceAndARetry_RecordExactlyOneDecision()
    {
        var id = await SubmitAsync("Chờ quá lâu để lấy số thứ tự", "Máy lấy số thứ tự ở trung tâm bị hỏng, tôi phải chờ rất lâu mà không ai hướng dẫn.");

        await Task.WhenAll(RouteAsync(id), RouteAsync(id));
        await RouteAsync(id);

        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.PetitionEvents.CountAsync(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed));
        Assert.Equal(PetitionStatus.Routed, await db.Petitions.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
    }

    [Fact]
    public async Task RunAsync_PetitionAlreadyRouted_ChangesNothing()
    {
        var id = await SubmitAsync("Thái độ cán bộ không tốt", "Cán bộ tiếp nhận nói chuyện cộc cằn, không hướng dẫn rõ ràng cho người dân.");
        await RouteAsync(id);
        await using var before = _database.CreateDbContext();
        var routedAt = await before.Petitions.Where(p => p.Id == id).Select(p => p.RoutedAt).SingleAsync();

        await RouteAsync(id);

        await using var db = _database.CreateDbContext();
        Assert.Equal(routedAt, await db.Petitions.Where(p => p.Id == id).Select(p => p.RoutedAt).SingleAsync());
    }

    [Fact]
    public async Task RoutingSweep_PetitionWhoseEnqueueWasLost_IsRouted()
    {
        var id = await SubmitAsync("Nhà vệ sinh trung tâm bẩn", "Nhà vệ sinh ở trung tâm hành chính công không sạch sẽ, thiếu nước.");

        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RoutingSweepJob>().RunAsync(CancellationToken.None);
        }

        await using var db = _database.CreateDbContext();
        Assert.Equal(PetitionStatus.Routed, await db.Petitions.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
    }

    [Theory]
    [InlineData("session terminated")]
    [InlineData("job stopped")]
    public async Task RunAsync_KilledBetweenTheDecisionAndItsEvent_TheRetryRecordsExactlyOneDecision(string killed)
    {
        var id = await SubmitAsync("Máy lấy số hỏng cả buổi sáng", "Máy lấy số thứ tự ở trung tâm hỏng cả buổi sáng, người dân chen lấn, không ai sắp xếp.");
        await using (var scope = _services.CreateAsyncScope())
        {
            var kill = new KillBeforeRoutedEvent(_database.ConnectionString, terminateSession: killed == "session terminated");
            await using var db = new CchcDbContext((DbContextOptions<CchcDbContext>)DataServiceCollectionExtensions
                .ConfigureDbContext(new DbContextOptionsBuilder<CchcDbContext>(), _database.ConnectionString).AddInterceptors(kill).Options);
            var job = ActivatorUtilities.CreateInstance<RoutePetitionJob>(scope.ServiceProvider, db);

            await Assert.ThrowsAnyAsync<Exception>(() => job.RunAsync(id));
            Assert.True(kill.Killed);
        }
        await using (var halfway = _database.CreateDbContext())
        {
            var petition = await halfway.Petitions.SingleAsync(p => p.Id == id);
            Assert.Equal((PetitionStatus.Received, null, null), (petition.Status, petition.RoutedAt, petition.DepartmentId));
            Assert.False(await halfway.PetitionEvents.AnyAsync(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed));
        }

        await RouteAsync(id);
        await RouteAsync(id);

        await using var db2 = _database.CreateDbContext();
        var routed = await db2.Petitions.SingleAsync(p => p.Id == id);
        var decision = Assert.Single(await db2.PetitionEvents.Where(e => e.PetitionId == id && e.Kind == PetitionEventKind.Routed).ToListAsync());
        Assert.Equal(PetitionStatus.Routed, routed.Status);
        Assert.Equal(routed.RoutedAt, decision.At);
        Assert.Equal(RoutePetitionJob.Actor, decision.Actor);
    }

    /// <summary>Stops the routing job right after its conditional update, before the routed event is written:
    /// either PostgreSQL ends the job's session (as when the Jobs process dies and its connection drops) or the
    /// job throws (as when Hangfire stops it).</summary>
    private sealed class KillBeforeRoutedEvent(string connectionString, bool terminateSession) : DbCommandInterceptor
    {
        public bool Killed { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains("INSERT INTO petition_events", StringComparison.Ordinal))
            {
                return result;
            }
            Killed = true;
            if (!terminateSession)
            {
                throw new OperationCanceledException("The job was stopped half-way.");
            }
            await using var other = new NpgsqlConnection(connectionString);
            await other.OpenAsync(cancellationToken);
            // With a timeout, pg_terminate_backend waits until the session has really ended.
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid, 10000)", other);
            terminate.Parameters.AddWithValue("pid", ((NpgsqlConnection)command.Connection!).ProcessID);
            Assert.True((bool)(await terminate.ExecuteScalarAsync(cancellationToken))!);
            return result;
        }
    }
}
