namespace CchcFeedback.Core.Surveys;

/// <summary>The one-stop rules' three-level rating of today's service.</summary>
public enum QuickRating : short
{
    Dissatisfied = 1,
    Satisfied = 2,
    VerySatisfied = 3,
}
