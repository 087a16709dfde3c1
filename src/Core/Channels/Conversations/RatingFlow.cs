using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Assistant.Replying;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>Rating a service from a chat: the person names the counter (its code from the poster, or the QR token)
/// and gets the rating page of that counter's QR code, the same form and the same rules as after a scan.</summary>
public class RatingFlow(ConversationPlaces places, ChannelReplies replies)
{
    private static readonly AssistantChoice Cancel = new("Hủy", "Hủy");

    public (ConversationState, ChannelReply) Start() => (new ConversationState(ConversationState.RatingFlow, ConversationSteps.RatingPlace), Ask(null));

    public async Task<(ConversationState?, ChannelReply)> AnswerAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken)
    {
        var place = await places.FindAsync(turn.Text, cancellationToken);
        if (place?.TouchpointToken is not { } token)
        {
            return (state, Ask(place is null
                ? $"Không tìm thấy quầy hay mã QR \"{Clip(turn.Text)}\". "
                : $"{place.Label} chưa có mã QR để đánh giá. "));
        }
        var link = replies.Link(AssistantLinks.Rate(token)!.Url);
        return (null, new ChannelReply($"Mời ông/bà đánh giá chất lượng phục vụ của {place.Label} tại: {link}\nCảm ơn ông/bà!", ChannelReplies.Menu));
    }

    private static ChannelReply Ask(string? problem) =>
        new($"{problem}Ông/bà muốn đánh giá quầy nào? Xin nhập mã quầy in trên tờ mã QR tại quầy (ví dụ TT_TINH-TP) hoặc mã QR 10 ký tự.", [Cancel]);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
