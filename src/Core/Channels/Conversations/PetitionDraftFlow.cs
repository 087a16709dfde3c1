using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>A petition step by step in a chat: its kind, its text (the web form's rules and limits), where it
/// happened (a code from the poster, words, or nothing), whether to be told on this chat, a summary to confirm;
/// then it goes through <see cref="PetitionService"/> like a petition from the form, with the channel's name. A
/// bad answer asks the same step again and keeps everything given before.</summary>
public class PetitionDraftFlow(PetitionService petitions, ConversationPlaces places, ChannelReplies replies)
{
    public const int PlaceWordsMaxLength = 200;

    /// <summary>What the title of a chat petition is cut to, from its first line.</summary>
    public const int TitleLength = 80;

    private static readonly AssistantChoice Skip = new("Bỏ qua", "Bỏ qua");
    private static readonly AssistantChoice Yes = new("Đồng ý", "Đồng ý");
    private static readonly AssistantChoice No = new("Không", "Không");
    private static readonly AssistantChoice Send = new("Gửi", "Gửi");
    private static readonly AssistantChoice Cancel = new("Hủy", "Hủy");

    private static readonly List<AssistantChoice> KindChoices = [.. PetitionKinds.All.Select(k => new AssistantChoice(PetitionKinds.Name(k), PetitionKinds.Name(k)))];

    public (ConversationState, ChannelReply) Start() =>
        (new ConversationState(ConversationState.PetitionFlow, ConversationSteps.Kind) { SubmissionId = Guid.NewGuid() }, AskKind(null));

    public async Task<(ConversationState?, ChannelReply)> AnswerAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken)
    {
        switch (state.Step)
        {
            case ConversationSteps.Kind:
                return Kind(turn, state);
            case ConversationSteps.Text:
                return Text(turn, state);
            case ConversationSteps.Place:
                return await PlaceAsync(turn, state, cancellationToken);
            case ConversationSteps.Consent:
                return (AssistantChoice.Pick(turn.Text, [Yes, No]) is { } choice ? choice == Yes : YesOrNo.Read(turn.Text)) is { } consent
                    ? (state with { Step = ConversationSteps.Confirm, NoticesHere = consent }, Summary(turn, state with { NoticesHere = consent }))
                    : (state, AskConsent(turn, "Xin chọn \"Đồng ý\" hoặc \"Không\". "));
            default:
                // After the summary a plain yes ("ok", "có", "đồng ý") means send, as "Gửi" does.
                return AssistantChoice.Pick(turn.Text, [Send, Cancel]) == Send || YesOrNo.Read(turn.Text) == true || VietnameseText.Fold(turn.Text) == "gui di"
                    ? await SubmitAsync(turn, state, cancellationToken)
                    : (state, Summary(turn, state, "Xin chọn \"Gửi\" để gửi, hoặc \"Hủy\" để hủy. "));
        }
    }

    private (ConversationState?, ChannelReply) Kind(ConversationTurn turn, ConversationState state)
    {
        if (AssistantChoice.Pick(turn.Text, KindChoices) is not { } chosen)
        {
            return (state, AskKind("Xin chọn một loại trong danh sách. "));
        }
        var kind = PetitionKinds.All[KindChoices.IndexOf(chosen)];
        if (PetitionKinds.IsPersonal(kind))
        {
            // The Laws on Complaints and on Denunciations need the sender's name, address and phone, which a chat does not carry.
            return (state, AskKind($"{PetitionKinds.Name(kind)} cần họ tên, địa chỉ và số điện thoại của người gửi (được giữ bí mật); "
                + $"xin gửi qua biểu mẫu: {replies.Link("/phan-anh")} . Hoặc chọn loại khác. "));
        }
        return (state with { Step = ConversationSteps.Text, Kind = kind }, AskText(turn, kind, null));
    }

    private (ConversationState?, ChannelReply) Text(ConversationTurn turn, ConversationState state)
    {
        var errors = PetitionValidator.Validate(Submission(turn.Text, state))
            .Where(e => e.Field is "text" or "title").Select(e => e.Message.Vietnamese).Distinct().ToList();
        return errors.Count > 0
            ? (state, AskText(turn, state.Kind!.Value, string.Join(" ", errors) + " "))
            : (state with { Step = ConversationSteps.Place, Text = turn.Text }, AskPlace(null));
    }

    private async Task<(ConversationState?, ChannelReply)> PlaceAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken)
    {
        if (AssistantChoice.Pick(turn.Text, [Skip]) is not null)
        {
            return (state with { Step = ConversationSteps.Consent }, AskConsent(turn, null));
        }
        if (await places.FindAsync(turn.Text, cancellationToken) is { } place)
        {
            return (state with { Step = ConversationSteps.Consent, TouchpointToken = place.TouchpointToken, CenterCode = place.CenterCode, PlaceLabel = place.Label },
                AskConsent(turn, null));
        }
        if (ConversationPlaces.LooksLikeCode(turn.Text) || turn.Text.Length is 0 or > PlaceWordsMaxLength || !TextInput.IsSingleLine(turn.Text)
            || (state.Text!.Length + turn.Text.Length + 20) > PetitionLimits.TextMaxLength)
        {
            return (state, AskPlace(ConversationPlaces.LooksLikeCode(turn.Text)
                ? $"Không tìm thấy quầy hay mã QR \"{turn.Text}\". Xin kiểm tra lại mã in trên tờ mã QR. "
                : $"Xin mô tả nơi chốn trên một dòng, không quá {PlaceWordsMaxLength} ký tự. "));
        }
        return (state with { Step = ConversationSteps.Consent, PlaceWords = turn.Text, PlaceLabel = turn.Text }, AskConsent(turn, null));
    }

    private async Task<(ConversationState?, ChannelReply)> SubmitAsync(ConversationTurn turn, ConversationState state, CancellationToken cancellationToken)
    {
        var submission = Submission(state.PlaceWords is null ? state.Text! : $"{state.Text}\n\nNơi xảy ra: {state.PlaceWords}", state) with
        {
            ChannelUserId = state.NoticesHere == true ? turn.UserId : null,
        };
        var result = await petitions.SubmitAsync(submission, new PetitionOrigin(state.TouchpointToken, state.CenterCode), turn.Channel, cancellationToken);
        switch (result.Outcome)
        {
            case PetitionSubmitOutcome.Created or PetitionSubmitOutcome.AlreadyStored:
                return (null, Sent(turn, state, result));
            case PetitionSubmitOutcome.UnknownTouchpoint or PetitionSubmitOutcome.RevokedTouchpoint:
                return (state with { Step = ConversationSteps.Place, TouchpointToken = null, CenterCode = null, PlaceLabel = null },
                    AskPlace("Mã QR này không còn dùng được. "));
            default:
                var errors = string.Join(" ", result.Errors.Select(e => e.Message.Vietnamese).Distinct());
                return (state with { Step = ConversationSteps.Text, Text = null }, AskText(turn, state.Kind!.Value, errors + " "));
        }
    }

    private ChannelReply Sent(ConversationTurn turn, ConversationState state, PetitionSubmitResult result)
    {
        var filed = PetitionKinds.LowerName(state.Kind!.Value);
        var lines = new List<string>
        {
            $"Đã gửi {filed} của ông/bà. Mã theo dõi: {result.TrackingCode}",
            $"Theo dõi tại: {replies.Link($"/track?code={Uri.EscapeDataString(result.TrackingCode!)}")}",
        };
        if (result.Kind is { } handledAs && handledAs != state.Kind)
        {
            lines.Add($"Vì gửi qua {ChannelReplies.NameOf(turn.Channel)} không kèm họ tên, địa chỉ và số điện thoại, ý kiến được tiếp nhận dưới dạng {PetitionKinds.LowerName(handledAs)}.");
        }
        lines.Add(state.NoticesHere == true
            ? $"Thông báo về việc giải quyết sẽ được gửi đến ông/bà qua {ChannelReplies.NameOf(turn.Channel)} này."
            : "Ông/bà dùng mã theo dõi để xem tình trạng giải quyết.");
        return new ChannelReply(string.Join('\n', lines), ChannelReplies.Menu);
    }

    private ChannelReply AskKind(string? problem) =>
        new($"{problem}Ông/bà muốn gửi loại ý kiến nào? (Nhắn \"Hủy\" để dừng bất cứ lúc nào.)",
            [.. KindChoices, Cancel]);

    private static ChannelReply AskText(ConversationTurn turn, PetitionKind kind, string? problem)
    {
        var remark = kind is PetitionKind.PhanAnh or PetitionKind.KienNghi
            ? $" Lưu ý: gửi qua {ChannelReplies.NameOf(turn.Channel)} không kèm họ tên, địa chỉ, số điện thoại thì ý kiến được tiếp nhận dưới dạng góp ý."
            : "";
        return new($"{problem}Xin nhập nội dung {PetitionKinds.LowerName(kind)} trong một tin nhắn (từ {PetitionLimits.TextMinLength} đến {PetitionLimits.TextMaxLength} ký tự). "
            + $"Xin đừng ghi số điện thoại hay số giấy tờ.{remark}", [Cancel]);
    }

    private static ChannelReply AskPlace(string? problem) =>
        new($"{problem}Việc này xảy ra ở đâu? Xin nhập mã quầy in trên tờ mã QR tại quầy (ví dụ TT_TINH-TP) hoặc mã QR 10 ký tự, "
            + "hoặc mô tả nơi chốn bằng lời; nếu không rõ, chọn \"Bỏ qua\".", [Skip, Cancel]);

    private static ChannelReply AskConsent(ConversationTurn turn, string? problem) =>
        new($"{problem}Ông/bà có đồng ý nhận thông báo về việc giải quyết qua {ChannelReplies.NameOf(turn.Channel)} này không?", [Yes, No, Cancel]);

    private static ChannelReply Summary(ConversationTurn turn, ConversationState state, string? problem = null)
    {
        var text = state.Text!.Length <= 300 ? state.Text : TextInput.Cut(state.Text, 300) + "…";
        return new($"""
            {problem}Xin kiểm tra trước khi gửi:
            Loại: {PetitionKinds.Name(state.Kind!.Value)}
            Nội dung: {text}
            Nơi xảy ra: {state.PlaceLabel ?? "không nêu"}
            Nhận thông báo qua {ChannelReplies.NameOf(turn.Channel)}: {(state.NoticesHere == true ? "có" : "không")}
            Chọn "Gửi" để gửi, hoặc "Hủy".
            """, [Send, Cancel]);
    }

    private static PetitionSubmission Submission(string text, ConversationState state) => new()
    {
        SubmissionId = state.SubmissionId,
        Kind = state.Kind,
        Title = TitleOf(text),
        Text = text,
    };

    /// <summary>The first line, cut at a word before <see cref="TitleLength"/> characters.</summary>
    public static string TitleOf(string text)
    {
        var first = text.Trim().Split('\n', 2)[0].Trim();
        if (first.Length <= TitleLength)
        {
            return first;
        }
        var cut = first.LastIndexOf(' ', TitleLength - 1);
        return (cut > PetitionLimits.TitleMinLength ? first[..cut] : TextInput.Cut(first, TitleLength - 1)) + "…";
    }
}
