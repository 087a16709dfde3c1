namespace CchcFeedback.Core.Assistant;

/// <summary>The greeting and the menu every conversation offers, on the web chat (<c>/hoi-dap</c>), Zalo and
/// Messenger alike: one source, so that the channels and the page never drift apart.</summary>
public static class AssistantMenu
{
    public const string Greeting =
        "Xin chào ông/bà! Đây là kênh hỗ trợ của Văn phòng UBND tỉnh Quảng Trị về thủ tục hành chính. "
        + "Ông/bà có thể hỏi về một thủ tục, theo dõi hoặc gửi phản ánh, kiến nghị, và đánh giá chất lượng phục vụ.";

    public static readonly AssistantChoice Ask = new("Hỏi về thủ tục", "Tôi muốn hỏi về một thủ tục hành chính");
    public static readonly AssistantChoice Track = new("Theo dõi phản ánh", "Tôi muốn theo dõi phản ánh đã gửi");
    public static readonly AssistantChoice Petition = new("Gửi phản ánh", "Tôi muốn gửi phản ánh, kiến nghị");
    public static readonly AssistantChoice Rate = new("Đánh giá dịch vụ", "Tôi muốn đánh giá chất lượng phục vụ");

    public static readonly IReadOnlyList<AssistantChoice> Choices = [Ask, Track, Petition, Rate];
}
