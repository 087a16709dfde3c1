namespace CchcFeedback.Core.Surveys;

public static class SurveyLimits
{
    public const int DossierCodeLength = 64;
    public const int CommentLength = 2000;

    /// <summary>Responses from one source to one touchpoint in one window before the rest are flagged.</summary>
    public const int SoftLimitPerSource = 3;
    public static readonly TimeSpan SourceWindow = TimeSpan.FromHours(4);
}
