using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>What a department's staff do with a petition routed to them (PETITIONS.md, Workflow and audit): each
/// action changes the petition and appends one event in one transaction (<see cref="PetitionActionRunner"/>).</summary>
public class PetitionHandling(CchcDbContext db, PetitionActionRunner runner, IPetitionRoutingQueue routing, ManualRoutingExamples examples)
{
    public Task<PetitionActionResult> AcceptAsync(PetitionAction action, CancellationToken cancellationToken = default) =>
        runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể tiếp nhận xử lý: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Accepted, HandlingTransitions.Accept,
            async (petition, context) =>
            {
                petition.Status = PetitionStatus.Accepted;
                petition.AcceptedAt = context.Now;
                petition.NeedsTriage = false;
                // A department that accepts a petition another one returned as "not ours" says where it belongs.
                if (petition.DepartmentId is { } departmentId)
                {
                    await examples.AddAfterReturnAsync(petition.Id, departmentId, action.Actor, cancellationToken);
                }
                return PetitionStepOutcome.Recorded();
            }), cancellationToken);

    /// <summary>Plain text, published at once when the citizen agreed to publication (PETITIONS.md).</summary>
    public Task<PetitionActionResult> AnswerAsync(PetitionAction action, string? answer, CancellationToken cancellationToken = default)
    {
        if (HandlingInput.Answer(answer) is { Count: > 0 } errors)
        {
            return Task.FromResult(PetitionActionResult.Invalid(errors));
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể trả lời: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Answered, HandlingTransitions.Answer,
            (petition, context) =>
            {
                petition.Status = PetitionStatus.Answered;
                petition.AnswerText = answer!.Trim();
                petition.AnsweredAt = context.Now;
                petition.AcceptedAt ??= context.Now;
                petition.NeedsTriage = false;
                if (petition.ConsentPublish)
                {
                    petition.AnswerPublishedAt = context.Now;
                }
                return PetitionStepOutcome.RecordedAsync(data: new
                {
                    published = petition.ConsentPublish,
                    onTime = petition.DueAt is not { } due || context.Now <= due,
                });
            }), cancellationToken);
    }

    /// <summary>"Not ours": the petition goes back to routing, which never sends it to a department that returned
    /// it (the code in the event's data), and leaves this department's inbox at once.</summary>
    public async Task<PetitionActionResult> ReturnAsync(PetitionAction action, string? reason, CancellationToken cancellationToken = default)
    {
        if (HandlingInput.Reason(reason) is { Count: > 0 } errors)
        {
            return PetitionActionResult.Invalid(errors);
        }
        var result = await runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể trả lại: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Returned, HandlingTransitions.Return,
            async (petition, context) =>
            {
                var department = await db.Departments.AsNoTracking().Where(d => d.Id == petition.DepartmentId)
                    .Select(d => new { d.Id, d.Code }).SingleAsync(cancellationToken);
                petition.Status = PetitionStatus.Returned;
                petition.DepartmentId = null;
                petition.AcceptedAt = null;
                petition.NeedsTriage = false;
                return PetitionStepOutcome.Recorded(reason!.Trim(), new { department = department.Code, departmentId = department.Id });
            }), cancellationToken);
        if (result.Succeeded)
        {
            // After the commit, and again on a retried form: the job routes only what is still returned.
            routing.Enqueue(action.PetitionId);
        }
        return result;
    }

    public Task<PetitionActionResult> TransferAsync(PetitionAction action, int? departmentId, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = HandlingInput.Reason(reason);
        if (HandlingInput.Department(departmentId) is { } missing)
        {
            errors.Insert(0, missing);
        }
        if (errors.Count > 0)
        {
            return Task.FromResult(PetitionActionResult.Invalid(errors));
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể chuyển: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Transferred, HandlingTransitions.Transfer,
            async (petition, context) =>
            {
                var outcome = await DepartmentMove.ApplyAsync(db, petition, departmentId!.Value, reason!.Trim(), context);
                if (outcome.Refusal is null)
                {
                    // The department that had it says where it belongs: a label as good as triage's.
                    await examples.AddAsync(petition.Id, departmentId.Value, RoutingExampleSource.Transfer, action.Actor, cancellationToken);
                }
                return outcome;
            }), cancellationToken);
    }

    /// <summary>Asks the citizen for what is missing; the clock stops until it arrives. Asking means the department
    /// handles the petition, so it counts as accepted.</summary>
    public Task<PetitionActionResult> RequestInformationAsync(PetitionAction action, string? question, CancellationToken cancellationToken = default)
    {
        if (HandlingInput.Reason(question) is { Count: > 0 } errors)
        {
            return Task.FromResult(PetitionActionResult.Invalid(errors));
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể hỏi thêm thông tin: ý kiến đang ở trạng thái {0}."), PetitionEventKind.InfoRequested, HandlingTransitions.RequestInformation,
            (petition, context) =>
            {
                petition.Status = PetitionStatus.InfoRequested;
                petition.AcceptedAt ??= context.Now;
                petition.ClockPausedAt = context.Now;
                petition.NeedsTriage = false;
                return PetitionStepOutcome.RecordedAsync(question!.Trim());
            }), cancellationToken);
    }

    /// <summary>The information arrived: the clock runs again, and the deadline moves by the working days it stood still.</summary>
    public Task<PetitionActionResult> InformationReceivedAsync(PetitionAction action, string? note, CancellationToken cancellationToken = default)
    {
        if (HandlingInput.Reason(note, required: false) is { Count: > 0 } errors)
        {
            return Task.FromResult(PetitionActionResult.Invalid(errors));
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể ghi nhận thông tin bổ sung: ý kiến đang ở trạng thái {0}."), PetitionEventKind.InfoReceived,
            HandlingTransitions.InformationReceived,
            (petition, context) =>
            {
                var paused = Math.Max(0, context.Calendar.WorkingDaysBetween(petition.ClockPausedAt ?? context.Now, context.Now));
                petition.PausedWorkingDays += paused;
                petition.ClockPausedAt = null;
                petition.Status = PetitionStatus.Accepted;
                PetitionActionRunner.RecomputeDeadline(petition, context.Calendar);
                return PetitionStepOutcome.RecordedAsync(PetitionValidator.Clean(note), new { pausedWorkingDays = paused, dueAt = petition.DueAt });
            }), cancellationToken);
    }

    /// <summary>Closes an answered petition, or with a reason one that needs no answer (a duplicate, a góp ý
    /// noted, a citizen who never sent what was asked).</summary>
    public Task<PetitionActionResult> CloseAsync(PetitionAction action, string? reason, CancellationToken cancellationToken = default)
    {
        if (HandlingInput.Reason(reason, required: false) is { Count: > 0 } errors)
        {
            return Task.FromResult(PetitionActionResult.Invalid(errors));
        }
        return runner.RunAsync(action, new PetitionStep(LocalizedText.Vi("Không thể đóng: ý kiến đang ở trạng thái {0}."), PetitionEventKind.Closed, HandlingTransitions.Close,
            (petition, context) =>
            {
                var clean = PetitionValidator.Clean(reason);
                if (petition.Status != PetitionStatus.Answered && clean is null)
                {
                    return Task.FromResult(PetitionStepOutcome.Refused("reason", LocalizedText.Vi("Ý kiến chưa được trả lời: xin ghi lý do đóng.")));
                }
                var from = SnakeCaseEnum.ToName(petition.Status);
                petition.Status = PetitionStatus.Closed;
                petition.ClosedAt = context.Now;
                petition.ClockPausedAt = null;
                return PetitionStepOutcome.RecordedAsync(clean, new { from });
            }), cancellationToken);
    }
}
