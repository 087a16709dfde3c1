namespace CchcFeedback.Core.Petitions.Publishing;

/// <summary>A published petition and its answer, as everyone may read it: no tracking code (it is the sender's
/// key), no contact details, phone numbers and e-mail addresses masked.</summary>
public sealed record PublishedAnswer(
    PetitionKind Kind,
    string Title,
    string Text,
    string Answer,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnsweredAt,
    string? CenterName,
    string? FieldName,
    string? DepartmentName);

/// <param name="Query">Words to find in the title or text, with or without diacritics.</param>
public sealed record PublishedAnswerFilter(string? Query = null, string? CenterCode = null, string? FieldCode = null, int Page = 1);

public sealed record PublishedAnswerPage(IReadOnlyList<PublishedAnswer> Answers, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
