namespace CchcFeedback.Core.Satisfaction;

/// <summary>What the rollup has folded of a response (<c>survey_responses.counted</c>): its quick rating, its
/// full form, both or nothing. A response is pending while this differs from what it should contribute, which
/// changes when the form is completed or a manager reviews a flagged response.</summary>
public static class RollupState
{
    public const short Nothing = 0;
    public const short QuickRating = 1;
    public const short QuickRatingAndForm = 3;

    /// <summary>What a response should contribute: nothing while flagged, else its rating and any form.</summary>
    public const string DesiredSql = "CASE WHEN flagged THEN 0 WHEN answers IS NULL THEN 1 ELSE 3 END";

    public const string PendingFilterSql = "counted <> " + DesiredSql;
}
