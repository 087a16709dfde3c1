using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Routing.Learning;

public class RoutingModelStoreTests
{
    private const string Title = "Cấp lại giấy phép lái xe";
    private const string Text = "Tôi bị mất bằng lái xe hạng B2, nộp hồ sơ cấp lại đã ba tuần chưa có kết quả.";

    [Fact]
    public async Task CreateAsync_TwoProcessesStartingOnADatabaseWithoutAModel_OneTrainsAndStoresItAndBothRouteAlike()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            // Left by another build: loading these bytes would throw, so they must not be read.
            db.RoutingModels.Add(new RoutingModel { Recipe = "another-build", TrainedAt = DateTimeOffset.UtcNow, Bytes = [1, 2, 3] });
            await db.SaveChangesAsync();
        }

        var routers = await Task.WhenAll(NewProcess.RouterAsync(connectionString), NewProcess.RouterAsync(connectionString));

        await using var after = TestDatabase.CreateDbContext(connectionString);
        var stored = Assert.Single(await after.RoutingModels.Where(m => m.Recipe == RoutingModelRecipe.Current).ToListAsync());
        Assert.Equal(routers[0].Recogniser.TrainingExamples, stored.TrainingExamples);
        Assert.Equal(0, stored.ManualExamples);
        Assert.Null(stored.EvaluatedRight);
        var request = new RoutingRequest(null, null, null, Title, Text);
        AssertSameDecision(routers[0].Route(request), routers[1].Route(request));
        var third = await NewProcess.RouterAsync(connectionString);
        Assert.Equal(1, await after.RoutingModels.CountAsync(m => m.Recipe == RoutingModelRecipe.Current));
        AssertSameDecision(routers[0].Route(request), third.Route(request));
    }

    private static void AssertSameDecision(RoutingDecision expected, RoutingDecision actual)
    {
        Assert.Equal((expected.DepartmentCode, expected.Rule, expected.Confidence), (actual.DepartmentCode, actual.Rule, actual.Confidence));
        Assert.Equal(expected.Guesses, actual.Guesses);
    }
}
