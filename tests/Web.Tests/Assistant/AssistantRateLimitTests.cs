using System.Net;
using CchcFeedback.Web.Tests.Security;

namespace CchcFeedback.Web.Tests.Assistant;

public class AssistantRateLimitTests(LimitedWebFactory factory) : IClassFixture<LimitedWebFactory>
{
    [Fact]
    public async Task Ask_MoreQuestionsThanTheLimit_Returns429ButTheFormStillOpens()
    {
        var conversation = new AssistantTurns(StaffAccounts.NewClient(factory));
        await conversation.OpenAsync();
        var answers = new List<HttpStatusCode>();

        for (var question = 0; question <= LimitedWebFactory.AssistantPermits; question++)
        {
            // An empty question is refused by the page, after the limiter has counted it: no engine needed.
            answers.Add((await conversation.AskAsync("")).StatusCode);
        }

        Assert.All(answers.Take(LimitedWebFactory.AssistantPermits), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.OK, (await StaffAccounts.NewClient(factory).GetAsync(AssistantTurns.Page)).StatusCode);
    }
}
