using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Petitions;

/// <summary>Each status in the words staff read, in quotes, for refusals that say why an action is not possible now
/// (the quotes also keep these keys apart from the staff pages' capitalised status names: resx keys may not
/// differ only in case).</summary>
public static class PetitionStatuses
{
    public static LocalizedText Quoted(PetitionStatus status) => status switch
    {
        PetitionStatus.Received => LocalizedText.Vi("\"mới nhận, chờ chuyển\""),
        PetitionStatus.Routed => LocalizedText.Vi("\"đã chuyển đến, chưa tiếp nhận\""),
        PetitionStatus.Accepted => LocalizedText.Vi("\"đang giải quyết\""),
        PetitionStatus.Returned => LocalizedText.Vi("\"đã trả lại, chờ chuyển lại\""),
        PetitionStatus.InfoRequested => LocalizedText.Vi("\"chờ người gửi bổ sung thông tin\""),
        PetitionStatus.Answered => LocalizedText.Vi("\"đã trả lời\""),
        _ => LocalizedText.Vi("\"đã đóng\""),
    };
}
