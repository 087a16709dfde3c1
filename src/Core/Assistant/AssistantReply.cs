using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Assistant;

/// <summary>What the person wants, as the assistant understood it.</summary>
public enum AssistantIntent { Procedure, Track, Petition, Rate, OutOfScope }

/// <summary>Answered: the official text of one procedure (or a tracking status, or a hand-off). Clarifying: one short
/// question with the candidate procedures as choices. Declined: it could not help and said what it can do.</summary>
public enum AssistantOutcome { Answered, Clarifying, Declined }

/// <summary>A quick reply: <see cref="Label"/> is shown on the button, <see cref="Text"/> is sent back as the next
/// question when tapped.</summary>
public sealed record AssistantChoice(string Label, string Text)
{
    /// <summary>The choice a message picks among <paramref name="choices"/>: its label or its text, typed with or
    /// without accents, or its number in the list (a chat without buttons); null when it picks none.</summary>
    public static AssistantChoice? Pick(string? text, IReadOnlyList<AssistantChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var folded = VietnameseText.Fold(text);
        if (int.TryParse(folded, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }
        return folded.Length == 0 ? null : choices.FirstOrDefault(c => VietnameseText.Fold(c.Label) == folded || VietnameseText.Fold(c.Text) == folded);
    }
}

/// <summary>A link under the reply. <see cref="Url"/> is a path on the public site (<c>/thu-tuc/1.000001</c>); a
/// channel makes it absolute with <c>PublicSite:BaseUrl</c>.</summary>
public sealed record AssistantLink(string Label, string Url);

/// <summary>The reply to one question. <see cref="Text"/> is Vietnamese: it quotes the catalog's official text.
/// <see cref="ExchangeId"/> identifies the stored exchange, for the "Có ích / Chưa đúng" feedback.</summary>
public sealed record AssistantReply(
    Guid ExchangeId,
    AssistantOutcome Outcome,
    AssistantIntent Intent,
    string? ProcedureCode,
    double Confidence,
    string Text,
    IReadOnlyList<AssistantChoice> Choices,
    IReadOnlyList<AssistantLink> Links);
