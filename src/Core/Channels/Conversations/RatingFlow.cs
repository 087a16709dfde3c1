using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Assistant.Replying;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>Rating a service from a chat: the person names the counter (its code from the poster, or the QR token),
/// then taps one of the three levels of the quick rating, stored through <see cref="SurveyService"/> as a response of
/// that counter's QR code with the channel's name (the same rules and soft limit as after a scan, the person's chat id
/// hashed as its source); the reply links that QR code's full form.</summary>
public class RatingFlow(ConversationPlaces places, SurveyService surveys, ChannelReplies replies)
{
    private static readonly AssistantChoice Cancel = new("Hủy", "Hủy");

    private static readonly (AssistantChoice Choice, QuickRating Rating)[] Levels =
    [
        (new("Rất hài lòng", "Rất hài lòng"), QuickRating.VerySatisfied),
        (new("Hài lòng", "Hài lòng"), QuickRating.Satisfied),
        (new("Chưa hài lòng", "Chưa hài lòng"), QuickRating.Dissatisfied),
    ];

    public (ConversationState, ChannelReply) Start() =>
        (new ConversationState(ConversationState.RatingFlow, ConversationSteps.RatingPlace) { SubmissionId = Guid.NewGuid() }, AskPlace(null));

    public Task<(ConversationState?, ChannelReply)> AnswerAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken) =>
        state.Step == ConversationSteps.RatingScore ? RateAsync(turn, state, cancellationToken) : PlaceAsync(turn, state, cancellationToken);

    private async Task<(ConversationState?, ChannelReply)> PlaceAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken)
    {
        var place = await places.FindAsync(turn.Text, cancellationToken);
        if (place?.TouchpointToken is not { } token)
        {
            return (state, AskPlace(place is null
                ? $"Không tìm thấy quầy hay mã QR \"{Clip(turn.Text)}\". "
                : $"{place.Label} chưa có mã QR để đánh giá. "));
        }
        return (state with { Step = ConversationSteps.RatingScore, TouchpointToken = token, PlaceLabel = place.Label }, AskLevel(state with { PlaceLabel = place.Label }, null));
    }

    private async Task<(ConversationState?, ChannelReply)> RateAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken)
    {
        var chosen = AssistantChoice.Pick(turn.Text, [.. Levels.Select(l => l.Choice)]);
        if (chosen is null)
        {
            return (state, AskLevel(state, "Xin chọn một trong ba mức. "));
        }
        var rating = Levels.Single(l => l.Choice == chosen).Rating;
        var result = await surveys.SubmitAsync(state.TouchpointToken!, new SurveySubmission { SubmissionId = state.SubmissionId, QuickRating = rating },
            turn.Channel, $"{turn.Channel}:{turn.UserId}", cancellationToken);
        var form = replies.Link(AssistantLinks.Rate(state.TouchpointToken)!.Url);
        return result.Outcome switch
        {
            SurveySubmitOutcome.Created or SurveySubmitOutcome.AlreadyStored => (null, new ChannelReply(
                $"Cảm ơn ông/bà đã đánh giá {state.PlaceLabel}. Ông/bà có thể góp ý chi tiết hơn tại: {form}", ChannelReplies.Menu)),
            _ => (null, new ChannelReply($"Chưa ghi nhận được đánh giá; mời ông/bà đánh giá tại: {form}", ChannelReplies.Menu)),
        };
    }

    private static ChannelReply AskPlace(string? problem) =>
        new($"{problem}Ông/bà muốn đánh giá quầy nào? Xin nhập mã quầy in trên tờ mã QR tại quầy (ví dụ TT_TINH-TP) hoặc mã QR 10 ký tự.", [Cancel]);

    private static ChannelReply AskLevel(ConversationState state, string? problem) =>
        new($"{problem}Ông/bà có hài lòng với việc phục vụ tại {state.PlaceLabel} không?", [.. Levels.Select(l => l.Choice), Cancel]);

    private static string Clip(string text) => text.Length <= 40 ? text : TextInput.Cut(text, 40) + "…";
}
