using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>Gives a petition to another named department (a transfer by staff, a reassignment by a manager): it
/// arrives there as routed, not yet accepted, with its deadline unchanged.</summary>
internal static class DepartmentMove
{
    public static async Task<PetitionStepOutcome> ApplyAsync(CchcDbContext db, Petition petition, int departmentId, string? reason, PetitionStepContext context)
    {
        var codes = await db.Departments.AsNoTracking()
            .Where(d => d.Id == departmentId || d.Id == petition.DepartmentId)
            .ToDictionaryAsync(d => d.Id, d => d.Code);
        if (!codes.TryGetValue(departmentId, out var to))
        {
            return PetitionStepOutcome.Refused("department", LocalizedText.Vi("Không có cơ quan này."));
        }
        if (departmentId == petition.DepartmentId)
        {
            return PetitionStepOutcome.Refused("department", LocalizedText.Vi("Ý kiến đang ở chính cơ quan này; xin chọn cơ quan khác."));
        }
        var from = petition.DepartmentId is { } fromId ? codes[fromId] : null;
        var data = new { from, fromId = petition.DepartmentId, to, toId = departmentId, status = SnakeCaseEnum.ToName(petition.Status) };
        petition.DepartmentId = departmentId;
        petition.Status = PetitionStatus.Routed;
        petition.NeedsTriage = false;
        petition.AcceptedAt = null;
        petition.RoutedAt = context.Now;
        if (petition.DueAt is null)
        {
            PetitionActionRunner.RecomputeDeadline(petition, context.Calendar);
        }
        return PetitionStepOutcome.Recorded(reason, data);
    }
}
