using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>A citizen's free-text comment with the rating it came with. Only the local day is given, never the
/// time: staff who served someone must not be able to tell which comment is theirs (SIPAS.md, fairness).</summary>
public sealed record ResponseComment(DateOnly Day, QuickRating Rating, string Comment, int CenterId, int? CounterId, int? ProcedureId);
