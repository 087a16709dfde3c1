namespace CchcFeedback.Core.Petitions;

/// <summary>Each status in the words staff read, for refusals that say why an action is not possible now.</summary>
public static class PetitionStatuses
{
    public static string NameVi(PetitionStatus status) => status switch
    {
        PetitionStatus.Received => "mới nhận, chờ chuyển",
        PetitionStatus.Routed => "đã chuyển đến, chưa tiếp nhận",
        PetitionStatus.Accepted => "đang giải quyết",
        PetitionStatus.Returned => "đã trả lại, chờ chuyển lại",
        PetitionStatus.InfoRequested => "chờ người gửi bổ sung thông tin",
        PetitionStatus.Answered => "đã trả lời",
        _ => "đã đóng",
    };

    public static string NameEn(PetitionStatus status) => status switch
    {
        PetitionStatus.Received => "received, waiting for routing",
        PetitionStatus.Routed => "routed, not yet accepted",
        PetitionStatus.Accepted => "being handled",
        PetitionStatus.Returned => "returned, waiting for routing",
        PetitionStatus.InfoRequested => "waiting for information from the sender",
        PetitionStatus.Answered => "answered",
        _ => "closed",
    };
}
