using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Routing;

/// <param name="Cue">The folded words that made the kind, when recognised rather than taken as filed.</param>
public record RecognisedKind(PetitionKind Kind, string? Cue);

/// <summary>Corrects the kind a citizen picked (PETITIONS.md): a petition that contests a specific decision is a
/// khiếu nại, one that denounces a violation of law is a tố cáo; both have their own procedure and clock.</summary>
public static class KindRecogniser
{
    private static readonly PhraseList Denunciation = new(
        "tố cáo", "tố giác", "tham ô", "tham nhũng", "nhận hối lộ", "ăn chặn", "ăn bớt", "bao che", "cấu kết",
        "móc ngoặc", "trục lợi", "làm giả", "giả mạo", "làm sai lệch", "rút ruột", "chiếm đoạt", "biển thủ");

    // A decision that is only awaited is not contested.
    private static readonly PhraseList AwaitedDecision = new(
        "chưa có quyết định", "chưa ra quyết định", "chưa ban hành quyết định", "chưa nhận được quyết định",
        "chờ quyết định", "đợi quyết định", "chưa được quyết định");

    private static readonly PhraseList Decision = new(
        "quyết định", "văn bản trả lời", "công văn trả lời", "thông báo từ chối", "văn bản từ chối", "kết luận thanh tra",
        "hành vi hành chính");

    private static readonly PhraseList Contest = new(
        "khiếu nại", "không đồng ý", "không chấp nhận", "không thỏa đáng", "không thống nhất", "đề nghị hủy",
        "yêu cầu hủy", "hủy bỏ", "đề nghị thu hồi quyết định", "xem xét lại", "giải quyết lại",
        "trái pháp luật", "trái quy định", "sai quy định", "không đúng quy định", "không đúng pháp luật",
        "không hợp lý", "bất hợp lý", "thiếu căn cứ", "không có căn cứ", "oan");

    public static RecognisedKind Recognise(string folded, PetitionKind filed)
    {
        if (Denunciation.FirstIn(folded) is { } denounced)
        {
            return new RecognisedKind(PetitionKind.ToCao, denounced);
        }
        var text = AwaitedDecision.Erase(folded);
        if (Decision.FirstIn(text) is { } decision && Contest.FirstIn(text) is { } contest)
        {
            return new RecognisedKind(PetitionKind.KhieuNai, contest + " + " + decision);
        }
        return new RecognisedKind(filed, null);
    }
}
