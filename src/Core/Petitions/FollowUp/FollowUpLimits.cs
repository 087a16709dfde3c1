namespace CchcFeedback.Core.Petitions.FollowUp;

public static class FollowUpLimits
{
    /// <summary>A citizen not satisfied with the answer may reopen the petition once within this many (calendar)
    /// days of it (PETITIONS.md, Workflow).</summary>
    public const int ReopenDays = 15;

    public const int ReasonMinLength = 10;
    public const int ReasonMaxLength = 2000;
}
