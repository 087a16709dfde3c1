using CchcFeedback.Core.Assistant;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Assistant;

public class AssistantRetentionJobTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static AssistantExchange Exchange(DateTimeOffset askedAt, string? corrected = null) => new()
    {
        Id = Guid.NewGuid(),
        ConversationId = Guid.NewGuid(),
        AskedAt = askedAt,
        Question = "hỏi",
        QuestionFolded = "hoi",
        Answer = "đáp",
        Outcome = AssistantOutcome.Declined,
        Intent = AssistantIntent.OutOfScope,
        CorrectedProcedureCode = corrected,
    };

    [Fact]
    public async Task RunAsync_ExchangesOlderThanTheRetention_AreDeletedButCorrectedOnesKept()
    {
        var now = DateTimeOffset.UtcNow;
        var old = Exchange(now.AddMonths(-25));
        var oldCorrected = Exchange(now.AddMonths(-30), "HT-01");
        var recent = Exchange(now.AddMonths(-23));
        await using (var db = database.CreateDbContext())
        {
            db.AssistantExchanges.AddRange(old, oldCorrected, recent);
            await db.SaveChangesAsync();
        }
        await using var services = CoreServices.For(database.ConnectionString);
        await using var scope = services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<AssistantRetentionJob>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AssistantRetentionJob>().RunAsync(CancellationToken.None);

        await using var check = database.CreateDbContext();
        var left = await check.AssistantExchanges.Where(e => e.Id == old.Id || e.Id == oldCorrected.Id || e.Id == recent.Id).Select(e => e.Id).ToListAsync();
        Assert.Equal(new[] { oldCorrected.Id, recent.Id }.Order(), left.Order());
    }

    [Fact]
    public void Options_DeclineAboveAnswerThreshold_StopsTheHostAtStart()
    {
        using var services = CoreServices.For(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Assistant:AnswerThreshold"] = "0.4",
            ["Assistant:DeclineThreshold"] = "0.6",
        });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AssistantOptions>>().Value);
        Assert.Contains("Assistant:DeclineThreshold", error.Message);
    }
}
