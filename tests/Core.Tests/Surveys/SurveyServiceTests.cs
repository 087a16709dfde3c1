using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Surveys;

public class SurveyServiceTests
{
    private static readonly short[] FullAnswers = [5, 4, 4, 3, 5, 5, 4, 4, 0, 5, 5, 4, 4, 3, 5, 4, 4, 4, 5, 5, 4, 0];

    private sealed class Context : IAsyncDisposable
    {
        public required ServiceProvider Services { get; init; }
        public required string ConnectionString { get; init; }
        public required string CounterToken { get; init; }

        public async Task<SurveySubmitResult> SubmitAsync(SurveySubmission submission, string? source = "device-1|203.0.113.5", string? token = null)
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SurveyService>().SubmitAsync(token ?? CounterToken, submission, "web", source);
        }

        public async Task<List<SurveyResponse>> ResponsesAsync()
        {
            await using var db = TestDatabase.CreateDbContext(ConnectionString);
            return await db.SurveyResponses.AsNoTracking().ToListAsync();
        }

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    private static async Task<Context> NewContextAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var token = await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-TP" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
        return new Context { Services = CoreServices.For(connectionString), ConnectionString = connectionString, CounterToken = token };
    }

    private static SurveySubmission Quick(QuickRating rating = QuickRating.Satisfied) => new() { SubmissionId = Guid.NewGuid(), QuickRating = rating };

    [Fact]
    public async Task SubmitAsync_QuickRating_StoresOneRowWithTheCountersContext()
    {
        await using var context = await NewContextAsync();

        var result = await context.SubmitAsync(Quick(QuickRating.VerySatisfied) with { DossierCode = "000.00.01.H47-261126-0001" });

        Assert.Equal(SurveySubmitOutcome.Created, result.Outcome);
        var stored = Assert.Single(await context.ResponsesAsync());
        await using var db = TestDatabase.CreateDbContext(context.ConnectionString);
        var counter = await db.Counters.SingleAsync(c => c.Code == "TT_TINH-TP");
        Assert.Equal((counter.Id, counter.CenterId, (int?)counter.DepartmentId), (stored.CounterId!.Value, stored.CenterId, stored.DepartmentId));
        Assert.Equal(QuickRating.VerySatisfied, stored.QuickRating);
        Assert.Equal(SurveyForms.Current.Version, stored.FormVersion);
        Assert.Null(stored.Answers);
        Assert.False(stored.Flagged);
    }

    [Fact]
    public async Task SubmitAsync_SameSubmissionTwice_StoresItOnce()
    {
        await using var context = await NewContextAsync();
        var submission = Quick() with { Answers = FullAnswers, Comment = "Cán bộ nhiệt tình" };

        var first = await context.SubmitAsync(submission);
        var again = await context.SubmitAsync(submission);

        Assert.Equal(SurveySubmitOutcome.Created, first.Outcome);
        Assert.Equal(SurveySubmitOutcome.AlreadyStored, again.Outcome);
        Assert.Single(await context.ResponsesAsync());
    }

    [Fact]
    public async Task SubmitAsync_SameIdDifferentAnswer_IsAConflictAndKeepsTheFirst()
    {
        await using var context = await NewContextAsync();
        var submission = Quick(QuickRating.Satisfied);
        await context.SubmitAsync(submission);

        var result = await context.SubmitAsync(submission with { QuickRating = QuickRating.Dissatisfied });

        Assert.Equal(SurveySubmitOutcome.Conflict, result.Outcome);
        Assert.Equal(QuickRating.Satisfied, Assert.Single(await context.ResponsesAsync()).QuickRating);
    }

    [Fact]
    public async Task SubmitAsync_DossierRatedTwice_SecondIsRefusedOnItsField()
    {
        await using var context = await NewContextAsync();
        await context.SubmitAsync(Quick() with { DossierCode = "HS-2026-0001" });

        var result = await context.SubmitAsync(Quick(QuickRating.Dissatisfied) with { DossierCode = "HS-2026-0001" }, source: "other-device|198.51.100.7");

        Assert.Equal(SurveySubmitOutcome.Invalid, result.Outcome);
        Assert.Equal("dossierCode", Assert.Single(result.Errors).Field);
        Assert.Single(await context.ResponsesAsync());
    }

    [Fact]
    public async Task SubmitAsync_ManyAtOnceWithRetriesAndADossierRatedTwice_EachStoredOnceAndOnlyTheRepeatRefused()
    {
        await using var context = await NewContextAsync();
        var distinct = Enumerable.Range(0, 150).Select(i => Quick() with { DossierCode = i % 10 == 0 ? $"H47-BATCH-{i:D4}" : null }).ToList();
        var repeatedDossier = Quick() with { DossierCode = distinct[0].DossierCode };
        // Retries of the same submissions and a second rating of one dossier, all in flight together, so that
        // they share commit groups with the first attempts.
        var first = await context.SubmitAsync(distinct[0], source: null);
        var all = distinct.Skip(1).Concat(distinct.Take(40)).Append(repeatedDossier).ToList();

        var results = (await Task.WhenAll(all.Select(s => context.SubmitAsync(s, source: null)))).Prepend(first).ToList();

        var stored = await context.ResponsesAsync();
        Assert.Equal(distinct.Select(s => s.SubmissionId).Order(), stored.Select(r => r.Id).Order());
        Assert.Equal(150, results.Count(r => r.Outcome == SurveySubmitOutcome.Created));
        Assert.Equal(40, results.Count(r => r.Outcome == SurveySubmitOutcome.AlreadyStored));
        var refused = Assert.Single(results, r => r.Outcome == SurveySubmitOutcome.Invalid);
        Assert.Equal(repeatedDossier.SubmissionId, refused.ResponseId);
        Assert.Equal("dossierCode", Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task SubmitAsync_MoreThanTheSoftLimitFromOneSource_KeepsThemAllButFlagsTheExtra()
    {
        await using var context = await NewContextAsync();

        for (var i = 0; i < SurveyLimits.SoftLimitPerSource + 2; i++)
        {
            await context.SubmitAsync(Quick());
        }
        await context.SubmitAsync(Quick(), source: "another-phone|198.51.100.8");

        var responses = await context.ResponsesAsync();
        Assert.Equal(SurveyLimits.SoftLimitPerSource + 3, responses.Count);
        Assert.Equal(2, responses.Count(r => r.Flagged));
        await using var db = TestDatabase.CreateDbContext(context.ConnectionString);
        Assert.DoesNotContain(db.SurveySources.AsEnumerable(), s => System.Text.Encoding.UTF8.GetString(s.SourceHash).Contains("device-1"));
    }

    [Fact]
    public async Task SubmitAsync_TrustedIntegrationWithoutSource_IsNeverFlagged()
    {
        await using var context = await NewContextAsync();

        for (var i = 0; i < SurveyLimits.SoftLimitPerSource + 2; i++)
        {
            await context.SubmitAsync(Quick(), source: null);
        }

        Assert.DoesNotContain(await context.ResponsesAsync(), r => r.Flagged);
    }

    [Fact]
    public async Task SubmitAsync_UnknownOrRevokedToken_StoresNothing()
    {
        await using var context = await NewContextAsync();
        await using (var scope = context.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CchcFeedback.Core.Data.CchcDbContext>();
            var id = await db.Touchpoints.Where(t => t.Token == context.CounterToken).Select(t => t.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<TouchpointService>().RevokeAsync(id, "test");
        }
        // A fresh service provider: the token directory's cache must not hide the revocation from this test.
        await using var fresh = CoreServices.For(context.ConnectionString);
        await using var scope2 = fresh.CreateAsyncScope();
        var service = scope2.ServiceProvider.GetRequiredService<SurveyService>();

        var revoked = await service.SubmitAsync(context.CounterToken, Quick(), "web", null);
        var unknown = await service.SubmitAsync("ZZZZZZZZZZ", Quick(), "web", null);
        var malformed = await service.SubmitAsync("<script>", Quick(), "web", null);

        Assert.Equal(SurveySubmitOutcome.RevokedTouchpoint, revoked.Outcome);
        Assert.Equal(SurveySubmitOutcome.UnknownTouchpoint, unknown.Outcome);
        Assert.Equal(SurveySubmitOutcome.UnknownTouchpoint, malformed.Outcome);
        Assert.Empty(await context.ResponsesAsync());
    }

    [Fact]
    public async Task CompleteFormAsync_AfterQuickRating_AddsTheAnswersOnce()
    {
        await using var context = await NewContextAsync();
        var quick = Quick();
        await context.SubmitAsync(quick);
        await using var scope = context.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SurveyService>();
        var form = new SurveySubmission { Answers = FullAnswers, Expectations = ["shorten_time", "online_services"], Comment = "Nên có thêm ghế chờ", AgeBand = "35_49" };
        var touchpointId = Assert.Single(await context.ResponsesAsync()).TouchpointId;

        var first = await service.CompleteFormAsync(quick.SubmissionId, touchpointId, form);
        var again = await service.CompleteFormAsync(quick.SubmissionId, touchpointId, form);
        var changed = await service.CompleteFormAsync(quick.SubmissionId, touchpointId, form with { Answers = [.. Enumerable.Repeat((short)1, 22)] });
        var elsewhere = await service.CompleteFormAsync(quick.SubmissionId, touchpointId + 1, form);

        Assert.Equal((SurveySubmitOutcome.Created, SurveySubmitOutcome.AlreadyStored, SurveySubmitOutcome.Conflict, SurveySubmitOutcome.UnknownResponse),
            (first.Outcome, again.Outcome, changed.Outcome, elsewhere.Outcome));
        var stored = Assert.Single(await context.ResponsesAsync());
        Assert.Equal(FullAnswers, stored.Answers);
        Assert.Equal(["shorten_time", "online_services"], stored.Expectations);
        Assert.Equal("Nên có thêm ghế chờ", stored.Comment);
    }
}
