using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Petitions;

/// <summary>Answered petitions put straight into a Web host's database, with the history staff would have left
/// (officers' e-mails as actors, their reasons), for the tracking, follow-up and publication pages.</summary>
public static class FollowUpData
{
    public const string Officer = "can.bo.tp@quangtri.gov.vn";
    public const string OfficerReason = "Ghi chú nội bộ của cán bộ";
    public const string Answer = "Trung tâm đã bố trí thêm một cán bộ ở quầy tư pháp từ ngày 1/12.";

    public static async Task<Petition> AnsweredAsync(CchcWebApplicationFactory<Program> factory, DateTimeOffset answeredAt,
        string title = "Chờ quá lâu ở quầy tư pháp", bool publish = true, string counter = "TT_TINH-TP", PetitionStatus status = PetitionStatus.Answered)
    {
        var petition = TestPetitions.New(status, answeredAt.AddDays(-6), title, $"Tôi chờ hơn hai giờ ở quầy ({title.ToLowerInvariant()}), cán bộ không giải thích lý do.")
            .Answered(answeredAt, Answer, publish)
            .WithContact(factory.Services.GetRequiredService<PersonalDataProtector>());
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var place = await db.Counters.Where(c => c.Code == counter).Select(c => new { c.Id, c.CenterId, c.DepartmentId }).SingleAsync();
        (petition.CounterId, petition.CenterId, petition.DepartmentId, petition.RoutedAt) = (place.Id, place.CenterId, place.DepartmentId, answeredAt.AddDays(-6));
        db.Petitions.Add(petition);
        db.PetitionEvents.AddRange(
            petition.Event(PetitionEventKind.Received, answeredAt.AddDays(-6), "citizen"),
            petition.Event(PetitionEventKind.Routed, answeredAt.AddDays(-6).AddMinutes(1), "system:routing"),
            petition.Event(PetitionEventKind.Accepted, answeredAt.AddDays(-5), Officer),
            petition.Event(PetitionEventKind.Escalated, answeredAt.AddDays(-2), "system:escalation", OfficerReason),
            petition.Event(PetitionEventKind.Answered, answeredAt, Officer, OfficerReason));
        if (publish)
        {
            db.PetitionEvents.Add(petition.Event(PetitionEventKind.Published, answeredAt, "system:publication"));
        }
        await db.SaveChangesAsync();
        return petition;
    }

    public static async Task<Petition> StoredAsync(CchcWebApplicationFactory<Program> factory, Guid id)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == id);
    }
}
