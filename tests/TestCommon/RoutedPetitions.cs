using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.TestCommon;

/// <summary>Petitions put straight into the database as the routing job leaves them: routed to a department of the
/// sample catalog, with its deadline, a received and a routed event, and optionally photos.</summary>
public static class RoutedPetitions
{
    public static async Task<Petition> AddAsync(string connectionString, string departmentCode, DateTimeOffset receivedAt,
        Action<Petition>? configure = null, int photos = 0)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var departmentId = await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).SingleAsync();
        var title = "Hồ sơ trễ hẹn nhiều lần";
        var text = "Hồ sơ của tôi đã quá hạn trả kết quả hai tuần, cán bộ hẹn lại nhiều lần mà không nói lý do.";
        var petition = new Petition
        {
            Id = Guid.NewGuid(),
            SubmissionId = Guid.NewGuid(),
            TrackingCode = TrackingCode.New(),
            FiledKind = PetitionKind.PhanAnh,
            Kind = PetitionKind.PhanAnh,
            Title = title,
            Text = text,
            SearchText = VietnameseText.Fold($"{title} {text}"),
            Channel = PetitionChannel.Web,
            Status = PetitionStatus.Routed,
            ReceivedAt = receivedAt,
            DepartmentId = departmentId,
            RoutingRule = "Procedure",
            RoutingConfidence = 0.91,
            RoutedAt = receivedAt.AddMinutes(1),
            ConsentPublish = true,
            DueAt = PetitionDeadlines.DueAt(PetitionKind.PhanAnh, receivedAt, new WorkingDayCalendar()),
        };
        configure?.Invoke(petition);
        for (var i = 1; i <= photos; i++)
        {
            var bytes = TestImages.Jpeg(40 + i, 30);
            petition.Photos.Add(new PetitionPhoto
            {
                Id = Guid.NewGuid(),
                Position = (short)i,
                ContentType = "image/jpeg",
                SizeBytes = bytes.Length,
                Width = 40 + i,
                Height = 30,
                Bytes = bytes,
            });
        }
        db.Petitions.Add(petition);
        db.PetitionEvents.Add(new PetitionEvent { PetitionId = petition.Id, At = receivedAt, Kind = PetitionEventKind.Received, Actor = "citizen" });
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = petition.Id,
            At = petition.RoutedAt!.Value,
            Kind = PetitionEventKind.Routed,
            Actor = RoutePetitionJob.Actor,
            Data = $$"""{"department": "{{departmentCode}}"}""",
        });
        await db.SaveChangesAsync();
        return petition;
    }
}
