using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Routing.Recognition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Routing.Learning;

public class RetrainRoutingModelJobTests
{
    // Something neither the catalog nor the project's examples speak of, that managers routed by hand.
    private static readonly (string Title, string Text)[] Routed =
    [
        ("Flycam quay lén nhà dân", "Có người điều khiển flycam bay sát cửa sổ quay lén nhà tôi nhiều lần."),
        ("Flycam bay đêm trong xóm", "Đêm nào cũng có flycam bay lượn trên xóm, không biết của ai, bà con rất lo."),
        ("Thả flycam gần doanh trại", "Một nhóm thanh niên thả flycam bay qua khu vực doanh trại và trụ sở công an phường."),
    ];

    private static readonly RoutingRequest Unseen = new(null, null, null,
        "Flycam bay trên nhà dân", "Đêm nào cũng có flycam bay lượn sát mái nhà trong xóm, gây ồn và lo ngại bị quay lén.");

    [Fact]
    public async Task RunAsync_AfterManualRoutings_StoresAMeasuredVersionThatRoutesLikeThemAndKeepsTheLastFew()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var before = await NewProcess.RouterAsync(connectionString);
        Assert.True(before.Route(Unseen).NeedsManualRouting);
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            db.RoutingExamples.AddRange(Routed.Select(p => new ManualRoutingExample
            {
                Title = p.Title,
                Text = p.Text,
                DepartmentCode = "CONGAN",
                Source = RoutingExampleSource.Triage,
                CreatedAt = DateTimeOffset.UtcNow,
                Actor = "manager@test.cchc.vn",
            }));
            // Older versions, beyond the two this test keeps.
            db.RoutingModels.AddRange(Enumerable.Range(0, 2).Select(_ => new RoutingModel { Recipe = "older-build", TrainedAt = DateTimeOffset.UtcNow, Bytes = [0] }));
            await db.SaveChangesAsync();
        }
        await using var services = CoreServices.For(connectionString, new Dictionary<string, string?>
        {
            ["Routing:ModelsKept"] = "2",
            ["Routing:EvaluationFolds"] = "2",
        });

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetrainRoutingModelJob>().RunAsync(CancellationToken.None);
        }

        await using var after = TestDatabase.CreateDbContext(connectionString);
        var models = await after.RoutingModels.OrderByDescending(m => m.Version).ToListAsync();
        Assert.Equal(2, models.Count);
        var newest = models[0];
        Assert.Equal(RoutingModelRecipe.Current, newest.Recipe);
        Assert.Equal(Routed.Length, newest.ManualExamples);
        Assert.Equal(before.Recogniser.TrainingExamples + Routed.Length, newest.TrainingExamples);
        Assert.True(newest.EvaluatedRight > 0);
        Assert.NotNull(newest.EvaluatedWrong);
        Assert.NotNull(newest.EvaluatedTriage);
        var retrained = await NewProcess.RouterAsync(connectionString);
        Assert.Equal("CONGAN", retrained.Route(Unseen).DepartmentCode);
    }

    [Fact]
    public async Task RunAsync_CarelessCorrectionsMeasureWorse_KeepsThePreviousModel()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString, new Dictionary<string, string?> { ["Routing:EvaluationFolds"] = "2" });
        await RetrainAsync(services);
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            // A day of mistakes: a hundred of the project's own petitions all labelled with the health department.
            db.RoutingExamples.AddRange(RoutingExampleFile.BuiltInExamples().Take(100).Select(e => new ManualRoutingExample
            {
                Title = e.Title ?? "",
                Text = e.Text ?? "",
                DepartmentCode = "SO_YT",
                Source = RoutingExampleSource.Transfer,
                CreatedAt = DateTimeOffset.UtcNow,
                Actor = "careless@test.cchc.vn",
            }));
            await db.SaveChangesAsync();
        }
        var before = await VersionsAsync(connectionString);

        await RetrainAsync(services);

        var after = await VersionsAsync(connectionString);
        Assert.Single(before);
        Assert.Equal(before, after);
    }

    private static async Task RetrainAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetrainRoutingModelJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<List<int>> VersionsAsync(string connectionString)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await db.RoutingModels.Select(m => m.Version).OrderBy(v => v).ToListAsync();
    }
}
