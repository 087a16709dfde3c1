namespace CchcFeedback.Core.Petitions.Handling;

public static class HandlingLimits
{
    /// <summary>A reason is written in the history for the citizen, the next department and the auditors: a
    /// word or two is not one.</summary>
    public const int ReasonMinLength = 10;

    /// <summary>The history's reason column.</summary>
    public const int ReasonMaxLength = 2000;

    public const int AnswerMinLength = 20;
    public const int AnswerMaxLength = 10000;

    public const int TemplateTitleMaxLength = 200;

    /// <summary>Decree 20/2008 sets no extension; a longer delay is a new deadline that a manager should argue again.</summary>
    public const int MaxExtensionWorkingDays = 20;
}
