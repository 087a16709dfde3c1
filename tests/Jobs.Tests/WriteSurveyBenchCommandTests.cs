using CchcFeedback.Core;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Jobs.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>write-survey-bench DIR</c>, as bench/survey.sh runs it.</summary>
public class WriteSurveyBenchCommandTests
{
    private static Task<int> RunAsync(params string[] args) => JobsCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task WriteSurveyBench_AfterSubmissions_WritesAScriptPerTouchpointThatStoresTheSameRow()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var tokens = await db.Touchpoints.Where(t => t.CounterId != null).OrderBy(t => t.Id).Select(t => t.Token).Take(2).ToListAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(TestSettings.For(connectionString).ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        await using (var services = new ServiceCollection().AddLogging().AddCchcCore(configuration).BuildServiceProvider())
        {
            await using var scope = services.CreateAsyncScope();
            var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
            foreach (var token in tokens)
            {
                var result = await surveys.SubmitAsync(token, new SurveySubmission { SubmissionId = Guid.NewGuid(), QuickRating = QuickRating.Satisfied }, "qr", "device-1");
                Assert.Equal(SurveySubmitOutcome.Created, result.Outcome);
            }
        }
        var folder = Path.Combine(TestPaths.Temporary, $"survey-bench-{Guid.NewGuid():N}");
        try
        {
            var exitCode = await RunAsync(["write-survey-bench", folder, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(0, exitCode);
            var scripts = Directory.GetFiles(folder, "tp*.sql").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(2, scripts.Count);
            var sql = await File.ReadAllTextAsync(scripts[0]);
            Assert.Contains("gen_random_uuid()", sql);
            Assert.Contains($"> {SurveyLimits.SoftLimitPerSource}", sql);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
            var stored = await db.SurveyResponses.AsNoTracking().Where(r => r.TouchpointId == db.Touchpoints.Single(t => t.Token == tokens[0]).Id)
                .Select(r => new { r.CenterId, r.CounterId, r.DepartmentId, r.Channel, r.QuickRating, r.FormVersion }).ToListAsync();
            Assert.Equal(2, stored.Count);
            Assert.Equal(stored[0], stored[1]);
            Assert.Equal(2, await db.SurveySources.AsNoTracking().Where(s => s.TouchpointId == db.Touchpoints.Single(t => t.Token == tokens[0]).Id).Select(s => s.Count).SingleAsync());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task WriteSurveyBench_NoResponses_ExitsNonZero()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var folder = Path.Combine(TestPaths.Temporary, $"survey-bench-{Guid.NewGuid():N}");

        var exitCode = await RunAsync(["write-survey-bench", folder, .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(1, exitCode);
        Assert.False(Directory.Exists(folder));
    }
}
