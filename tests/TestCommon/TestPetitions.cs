using System.Text.Json;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Security;

namespace CchcFeedback.TestCommon;

/// <summary>Petitions to write straight into the database at any step of the workflow (answered, closed...), as
/// the follow-up, publication, retention, deadline and figures tests need them, bypassing intake and the staff's actions.</summary>
public static class TestPetitions
{
    public const string Phone = "0912345678";
    public const string Name = "Nguyễn Văn An";
    public const string Email = "an.nguyen@example.vn";
    public const string Address = "12 Lê Lợi, Đông Hà";

    public static Petition New(PetitionStatus status, DateTimeOffset receivedAt, string title = "Chờ quá lâu ở quầy tư pháp",
        string text = "Tôi chờ hơn hai giờ mà chưa được gọi số, cán bộ không giải thích lý do.", PetitionKind kind = PetitionKind.PhanAnh) => new()
        {
            Id = Guid.NewGuid(),
            SubmissionId = Guid.NewGuid(),
            TrackingCode = TrackingCode.New(),
            FiledKind = kind,
            Kind = kind,
            Title = title,
            Text = text,
            SearchText = VietnameseText.Fold($"{title} {text}"),
            Channel = PetitionChannel.Web,
            Status = status,
            ReceivedAt = receivedAt.ToUniversalTime(),
        };

    /// <summary>The department's answer, published when <paramref name="publish"/> (the sender consented).</summary>
    public static Petition Answered(this Petition petition, DateTimeOffset answeredAt, string answer = "Trung tâm đã bố trí thêm một cán bộ ở quầy tư pháp.",
        bool publish = true)
    {
        petition.AnswerText = answer;
        petition.AnsweredAt = answeredAt.ToUniversalTime();
        petition.ConsentPublish = publish;
        petition.AnswerPublishedAt = publish ? petition.AnsweredAt : null;
        return petition;
    }

    /// <summary>Contact details encrypted and hashed as intake stores them.</summary>
    public static Petition WithContact(this Petition petition, PersonalDataProtector protector, string phone = Phone)
    {
        petition.ContactName = protector.Protect(Name);
        petition.ContactPhone = protector.Protect(phone);
        petition.ContactEmail = protector.Protect(Email);
        petition.ContactAddress = protector.Protect(Address);
        petition.ContactPhoneHash = protector.LookupHash(phone);
        petition.ConsentContact = true;
        return petition;
    }

    /// <summary>Routed to a department at <paramref name="routedAt"/> (and received then), with this deadline.</summary>
    public static Petition Routed(int departmentId, DateTimeOffset routedAt, DateTimeOffset? dueAt, PetitionKind kind = PetitionKind.PhanAnh)
    {
        var petition = New(PetitionStatus.Routed, routedAt, kind: kind);
        petition.DepartmentId = departmentId;
        petition.RoutedAt = routedAt.ToUniversalTime();
        petition.DueAt = dueAt?.ToUniversalTime();
        return petition;
    }

    /// <summary>An event with its data as the workflow writes it (e.g. <c>new { department = "SO_TP" }</c>).</summary>
    public static PetitionEvent Event(Guid petitionId, PetitionEventKind kind, DateTimeOffset at, object? data = null) => new()
    {
        PetitionId = petitionId,
        At = at.ToUniversalTime(),
        Kind = kind,
        Actor = "test",
        Data = data is null ? null : JsonSerializer.Serialize(data),
    };

    public static PetitionEvent Event(this Petition petition, PetitionEventKind kind, DateTimeOffset at, string actor = "test@cchc.vn", string? reason = null) => new()
    {
        PetitionId = petition.Id,
        At = at.ToUniversalTime(),
        Kind = kind,
        Actor = actor,
        Reason = reason,
    };
}
