using System.Text.Json;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Routing.Triage;

/// <summary>The petitions the router was not sure about (ROUTING.md rule 8), and routing one of them by hand:
/// the petition goes to the chosen department, its history and the audit log say who chose, it becomes a
/// labelled example for the next retraining, and the sender is told where it went, all in one transaction.</summary>
public class PetitionTriage(
    CchcDbContext db,
    ManualRoutingExamples examples,
    AuditLog audit,
    PetitionNotifications notifications,
    OutboxDeliveryQueue delivery,
    TimeProvider clock)
{
    private IQueryable<Petition> Waiting => db.Petitions.Where(p => p.NeedsTriage && p.Status == PetitionStatus.Routed);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Waiting.CountAsync(cancellationToken);

    /// <summary>The oldest first, each with the router's guesses as its routing event recorded them.</summary>
    public async Task<IReadOnlyList<TriagePetition>> OldestAsync(int count, CancellationToken cancellationToken = default)
    {
        var rows = await Waiting.AsNoTracking()
            .OrderBy(p => p.ReceivedAt).ThenBy(p => p.Id)
            .Take(count)
            .Select(p => new
            {
                p.Id,
                p.TrackingCode,
                p.Kind,
                p.Title,
                p.Text,
                p.ReceivedAt,
                CenterName = p.Center == null ? null : p.Center.NameVi,
                CounterName = db.Counters.Where(c => c.Id == p.CounterId).Select(c => c.NameVi).FirstOrDefault(),
                p.ProcedureCode,
                ProcedureName = db.Procedures.Where(r => r.Id == p.ProcedureId).Select(r => r.NameVi).FirstOrDefault(),
                RunnerUp = db.Departments.Where(d => d.Id == p.RunnerUpDepartmentId).Select(d => d.Code).FirstOrDefault(),
                p.RoutingConfidence,
                Routed = db.PetitionEvents
                    .Where(e => e.PetitionId == p.Id && e.Kind == PetitionEventKind.Routed)
                    .OrderByDescending(e => e.Id).Select(e => e.Data).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TriagePetition(r.Id, r.TrackingCode, r.Kind, r.Title, r.Text, r.ReceivedAt,
            r.CenterName, r.CounterName, r.ProcedureCode, r.ProcedureName,
            GuessesOf(r.Routed) is { Count: > 0 } guesses ? guesses
            : r.RunnerUp is null ? [] : [new TriageGuess(r.RunnerUp, r.RoutingConfidence ?? 0)]))];
    }

    /// <summary>Routes a petition still in triage to a department. Conditional on it still being in triage, so
    /// a double click or two managers at once route it once.</summary>
    public async Task<ManualRoutingOutcome> RouteAsync(Guid petitionId, string? departmentCode, string actor, CancellationToken cancellationToken = default)
    {
        var department = await db.Departments.AsNoTracking()
            .Where(d => d.Code == departmentCode).Select(d => new { d.Id, d.Code }).SingleOrDefaultAsync(cancellationToken);
        if (department is null)
        {
            return ManualRoutingOutcome.UnknownDepartment;
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var triageDepartment = await Waiting.Where(p => p.Id == petitionId)
            .Select(p => db.Departments.Where(d => d.Id == p.DepartmentId).Select(d => d.Code).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);
        var changed = await Waiting
            .Where(p => p.Id == petitionId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.DepartmentId, department.Id)
                .SetProperty(p => p.RoutingRule, RoutingRule.Manual.ToString())
                .SetProperty(p => p.RoutingConfidence, (double?)null)
                .SetProperty(p => p.NeedsTriage, false)
                .SetProperty(p => p.RoutedAt, now), cancellationToken);
        if (changed == 0)
        {
            return ManualRoutingOutcome.NotInTriage;
        }
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = petitionId,
            At = now,
            Kind = PetitionEventKind.Routed,
            Actor = actor,
            Data = JsonSerializer.Serialize(new { department = department.Code, rule = RoutingRule.Manual.ToString(), from = triageDepartment }),
        });
        await examples.AddAsync(petitionId, department.Code, RoutingExampleSource.Triage, actor, cancellationToken);
        audit.Record(actor, AuditActions.PetitionRoutedManually, $"petition:{petitionId}", new { department = department.Code, from = triageDepartment });
        await db.SaveChangesAsync(cancellationToken);
        var notified = await notifications.RoutedAsync(petitionId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (notified)
        {
            delivery.Nudge();
        }
        return ManualRoutingOutcome.Routed;
    }

    /// <summary>The guesses of a routing event's data (<see cref="RoutePetitionJob"/>), best first.</summary>
    private static List<TriageGuess> GuessesOf(string? data)
    {
        if (data is null)
        {
            return [];
        }
        using var document = JsonDocument.Parse(data);
        if (!document.RootElement.TryGetProperty("guesses", out var guesses) || guesses.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return [.. guesses.EnumerateArray()
            .Where(g => g.TryGetProperty("department", out var code) && code.ValueKind == JsonValueKind.String)
            .Select(g => new TriageGuess(g.GetProperty("department").GetString()!,
                g.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : 0,
                WordsOf(g)))];
    }

    /// <summary>The words that pointed to a guess; none in events written before the router gave them.</summary>
    private static List<string> WordsOf(JsonElement guess) =>
        guess.TryGetProperty("words", out var words) && words.ValueKind == JsonValueKind.Array
            ? [.. words.EnumerateArray().Where(w => w.ValueKind == JsonValueKind.String).Select(w => w.GetString()!)]
            : [];
}
