using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Assistant.Replying;

/// <summary>The fixed labels of the assistant's links and buttons. A reply carries them in Vietnamese (the channels
/// and the Api show them as they are); the Web page finds them here by their Vietnamese and shows them in the
/// page's language through the shared resx.</summary>
public static class AssistantLabels
{
    public static readonly LocalizedText Procedure = LocalizedText.Vi("Xem đầy đủ thủ tục");
    public static readonly LocalizedText Petition = LocalizedText.Vi("Gửi phản ánh");
    public static readonly LocalizedText Rate = LocalizedText.Vi("Đánh giá");
    public static readonly LocalizedText Track = LocalizedText.Vi("Tra cứu phản ánh");
    public static readonly LocalizedText Catalog = LocalizedText.Vi("Danh sách thủ tục");

    private static readonly Dictionary<string, LocalizedText> ByVietnamese =
        new LocalizedText[] { Procedure, Petition, Rate, Track, Catalog }.ToDictionary(l => l.Vietnamese, StringComparer.Ordinal);

    /// <summary>The label a reply shows, or null for one that is not fixed (a procedure's name as a choice).</summary>
    public static LocalizedText? Find(string label) => ByVietnamese.GetValueOrDefault(label);
}
