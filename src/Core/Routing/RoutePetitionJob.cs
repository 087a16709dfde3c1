using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Petitions.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Routing;

/// <summary>Routes one petition to the department that must answer it (ROUTING.md). Takes the id only and reads
/// the row: a petition is routed only while it is "received" or "returned", and the decision is written with a
/// conditional update, so a retry, two runs at once or a run after a crash record exactly one decision. The sender's
/// notice is written in the same transaction, and the deadline is computed on the calendar in force (ADR 0004:
/// from the day of receipt, with the days the clock was paused or extended).</summary>
public partial class RoutePetitionJob(
    CchcDbContext db,
    PetitionRouterCache routers,
    PetitionNotifications notifications,
    OutboxDeliveryQueue delivery,
    IWorkingDayCalendarProvider calendars,
    IOptions<PetitionClockOptions> clocks,
    TimeProvider clock,
    ILogger<RoutePetitionJob> logger)
{
    public const string Actor = "system:routing";

    public async Task RunAsync(Guid petitionId)
    {
        var petition = await db.Petitions.AsNoTracking()
            .Where(p => p.Id == petitionId && (p.Status == PetitionStatus.Received || p.Status == PetitionStatus.Returned))
            .Select(p => new
            {
                p.Status,
                p.Title,
                p.Text,
                p.FiledKind,
                p.ProcedureCode,
                CenterCode = p.Center == null ? null : p.Center.Code,
                CounterCode = db.Counters.Where(c => c.Id == p.CounterId).Select(c => c.Code).FirstOrDefault(),
                p.RoutedAt,
                p.ReceivedAt,
                p.ReopenedAt,
                p.PausedWorkingDays,
                p.ExtensionWorkingDays,
            })
            .SingleOrDefaultAsync();
        if (petition is null)
        {
            return;
        }
        var router = await routers.GetAsync();
        var excluded = await ReturnedByAsync(petitionId);
        var request = new RoutingRequest(petition.CenterCode, petition.CounterCode, petition.ProcedureCode,
            petition.Title, petition.Text, petition.FiledKind, excluded);
        var decision = router.Route(request);
        // Only the triage page shows reasons, and finding them scores the text once per word.
        var reasons = decision.NeedsManualRouting ? router.Reasons(request, decision) : new Dictionary<string, IReadOnlyList<string>>();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.Code == decision.DepartmentCode || d.Code == (decision.RunnerUp == null ? null : decision.RunnerUp.DepartmentCode))
            .ToDictionaryAsync(d => d.Code, d => d.Id);
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await CalendarLock.SharedAsync(db);
        var dueAt = PetitionDeadlines.DueAt(decision.Kind, PetitionDeadlines.ClockStart(petition.ReceivedAt, petition.ReopenedAt),
            await calendars.GetAsync(), clocks.Value,
            petition.PausedWorkingDays, petition.ExtensionWorkingDays);
        var won = await db.Petitions
            .Where(p => p.Id == petitionId && p.Status == petition.Status && p.RoutedAt == petition.RoutedAt)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, PetitionStatus.Routed)
                .SetProperty(p => p.Kind, decision.Kind)
                .SetProperty(p => p.DepartmentId, departments[decision.DepartmentCode])
                .SetProperty(p => p.RoutingRule, decision.Rule.ToString())
                .SetProperty(p => p.RoutingConfidence, decision.Confidence)
                .SetProperty(p => p.RunnerUpDepartmentId, decision.RunnerUp == null ? null : departments.GetValueOrDefault(decision.RunnerUp.DepartmentCode))
                .SetProperty(p => p.NeedsTriage, decision.NeedsManualRouting)
                .SetProperty(p => p.RoutedAt, now)
                .SetProperty(p => p.DueAt, dueAt));
        if (won == 0)
        {
            return; // another run recorded the decision first
        }
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = petitionId,
            At = now,
            Kind = PetitionEventKind.Routed,
            Actor = Actor,
            Data = JsonSerializer.Serialize(new
            {
                department = decision.DepartmentCode,
                rule = decision.Rule.ToString(),
                confidence = decision.Confidence,
                runnerUp = decision.RunnerUp?.DepartmentCode,
                guesses = decision.Guesses.Select(g => new { department = g.DepartmentCode, rule = g.Rule.ToString(), score = g.Score, words = reasons.GetValueOrDefault(g.DepartmentCode) ?? [] }),
                kind = decision.Kind.ToString(),
                kindCue = decision.KindCue,
                ruleCue = decision.RuleCue,
            }),
        });
        await db.SaveChangesAsync();
        var notified = await notifications.RoutedAsync(petitionId);
        await transaction.CommitAsync();
        LogRouted(petitionId, decision.DepartmentCode, decision.Rule, decision.Confidence);
        if (notified)
        {
            delivery.Nudge();
        }
    }

    /// <summary>Departments that handed this petition back as "not ours" (their code in the event's data).</summary>
    private async Task<List<string>> ReturnedByAsync(Guid petitionId)
    {
        var returns = await db.PetitionEvents.AsNoTracking()
            .Where(e => e.PetitionId == petitionId && e.Kind == PetitionEventKind.Returned && e.Data != null)
            .Select(e => e.Data!)
            .ToListAsync();
        return [.. returns
            .Select(data => JsonDocument.Parse(data).RootElement)
            .Where(data => data.ValueKind == JsonValueKind.Object && data.TryGetProperty("department", out var code) && code.ValueKind == JsonValueKind.String)
            .Select(data => data.GetProperty("department").GetString()!)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition {PetitionId} routed to {Department} by {Rule} ({Confidence:0.00})")]
    private partial void LogRouted(Guid petitionId, string department, RoutingRule rule, double confidence);
}
