using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Assistant;

/// <summary>The assistant's settings (section <c>Assistant</c>), validated when a host starts.</summary>
public class AssistantOptions : IValidatableObject
{
    public const string Section = "Assistant";

    /// <summary>The best procedure's score from which the assistant answers (when no other is close).</summary>
    [Range(0.0, 1.0)]
    public double AnswerThreshold { get; set; } = 0.62;

    /// <summary>Below this score for the best procedure the assistant declines and says what it can do; between
    /// this and <see cref="AnswerThreshold"/> it asks which procedure was meant.</summary>
    [Range(0.0, 1.0)]
    public double DeclineThreshold { get; set; } = 0.45;

    /// <summary>When the second procedure scores within this of the best, it asks which one was meant.</summary>
    [Range(0.0, 1.0)]
    public double ClarifyMargin { get; set; } = 0.06;

    /// <summary>When no word of the question belongs to the best procedure but not to the second ("doanh nghiệp"
    /// alone), the best must lead by this much to be answered.</summary>
    [Range(0.0, 1.0)]
    public double UndistinguishedMargin { get; set; } = 0.2;

    /// <summary>How many procedures a clarifying question offers at most.</summary>
    [Range(2, 5)]
    public int MaxChoices { get; set; } = 3;

    /// <summary>Exchanges older than this are deleted by the nightly purge (1–120 months).</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>How long the catalog and learned phrases are kept in memory before they are read again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan KnowledgeRefresh { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DeclineThreshold > AnswerThreshold)
        {
            yield return new ValidationResult(
                "Assistant:DeclineThreshold must not be above Assistant:AnswerThreshold.",
                [nameof(DeclineThreshold), nameof(AnswerThreshold)]);
        }
    }
}
