namespace CchcFeedback.Core.Surveys;

/// <summary>A published questionnaire version. Never edited once responses may refer to it.</summary>
public class SurveyForm
{
    public int Version { get; set; }

    /// <summary>The <see cref="SurveyFormDefinition"/> as JSON.</summary>
    public required string Definition { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
