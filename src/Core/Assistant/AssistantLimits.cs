namespace CchcFeedback.Core.Assistant;

public static class AssistantLimits
{
    /// <summary>Longer questions are refused by the endpoints; a chat message is a sentence or two.</summary>
    public const int QuestionMaxLength = 1000;
    public const int AnswerMaxLength = 4000;
    public const int ChannelLength = 16;
}
