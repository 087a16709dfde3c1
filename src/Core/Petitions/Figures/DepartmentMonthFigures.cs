namespace CchcFeedback.Core.Petitions.Figures;

/// <summary>
/// How a department handled petitions in a month (issue #7, item 10), or over the whole selection when
/// <see cref="DepartmentId"/> and <see cref="Month"/> are null. Each figure is dated by its own event: received by
/// routing (or transfer in), answered and on time by the answer, overdue by the last day of the deadline (answered
/// after it, or still unanswered once it passed), returns and transfers by the hand-back.
/// </summary>
public sealed record DepartmentMonthFigures(
    int? DepartmentId,
    string? DepartmentCode,
    string? DepartmentName,
    DateOnly? Month,
    int Received,
    int Answered,
    int AnsweredOnTime,
    int Overdue,
    double? MedianWorkingDaysToAnswer,
    int Returned,
    int Transferred,
    int DissatisfiedReplies)
{
    /// <summary>Decision 766/QĐ-TTg: share of the answers given on time; null without answers.</summary>
    public double? OnTimeRatio => Answered == 0 ? null : (double)AnsweredOnTime / Answered;

    /// <summary>Decision 766/QĐ-TTg: share of the answers the citizen did not rate "not satisfied" or reopen
    /// (<see cref="Petition.AnswerSatisfied"/> false); null without answers.</summary>
    public double? SatisfiedRatio => Answered == 0 ? null : (double)(Answered - DissatisfiedReplies) / Answered;
}
