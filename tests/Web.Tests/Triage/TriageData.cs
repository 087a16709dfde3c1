using System.Text.Json;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Triage;

/// <summary>Petitions waiting for triage, as the routing job leaves them: sent from a counter's QR code
/// through the real intake, then routed to the triage department with the guesses in its routed event. The
/// Web host does not route (the Jobs host does), and training a model here would cost each test class seconds.</summary>
public static class TriageData
{
    public const string CounterCode = "TT_TINH-TP";

    public static readonly (string Department, double Score)[] Guesses = [("SO_XD", 0.41), ("SO_NNMT", 0.22), ("UBND_DONGHA", 0.12)];

    /// <summary>The words that pointed to the first guess; the others have none, as in an event written before
    /// the router gave its reasons.</summary>
    public static readonly string[] FirstGuessWords = ["đường", "ngập", "tái"];

    public static async Task<Guid> InTriageAsync<TProgram>(WebApplicationFactory<TProgram> factory, string connectionString, string title, string text, DateTimeOffset? receivedAt = null)
        where TProgram : class
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(connectionString, CounterCode);
        Guid id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<PetitionService>().SubmitAsync(new PetitionSubmission
            {
                SubmissionId = Guid.NewGuid(),
                Kind = PetitionKind.PhanAnh,
                Title = title,
                Text = text,
                ContactName = "Nguyễn Thị Hoa",
                ContactPhone = "0912 345 678",
                ContactAddress = "3 Trần Hưng Đạo, Đông Hà",
                ConsentContact = true,
            }, new PetitionOrigin(touchpoint.Token), PetitionChannel.Web);
            id = result.PetitionId!.Value;
        }
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id);
        var now = DateTimeOffset.UtcNow;
        await db.Petitions.Where(p => p.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.ReceivedAt, receivedAt ?? now)
            .SetProperty(p => p.Status, PetitionStatus.Routed)
            .SetProperty(p => p.DepartmentId, departments["VP_HCTC"])
            .SetProperty(p => p.RoutingRule, "Triage")
            .SetProperty(p => p.RoutingConfidence, Guesses[0].Score)
            .SetProperty(p => p.RunnerUpDepartmentId, departments[Guesses[0].Department])
            .SetProperty(p => p.NeedsTriage, true)
            .SetProperty(p => p.RoutedAt, now));
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = id,
            At = now,
            Kind = PetitionEventKind.Routed,
            Actor = RoutePetitionJob.Actor,
            Data = JsonSerializer.Serialize(new
            {
                department = "VP_HCTC",
                rule = "Triage",
                confidence = Guesses[0].Score,
                runnerUp = Guesses[0].Department,
                guesses = Guesses.Select((g, i) => i == 0
                    ? (object)new { department = g.Department, rule = "Field", score = g.Score, words = FirstGuessWords }
                    : new { department = g.Department, rule = "Field", score = g.Score }),
            }),
        });
        await db.SaveChangesAsync();
        return id;
    }
}
