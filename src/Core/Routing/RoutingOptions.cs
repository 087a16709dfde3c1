using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Routing;

/// <summary>The routing policy's settings (section <c>Routing</c>).</summary>
public class RoutingOptions
{
    public const string Section = "Routing";

    /// <summary>Below this probability for the best department, a petition goes to triage with the guesses.</summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = 0.45;

    /// <summary>How much likelier a subject is when the petition came from a counter that serves its field
    /// (rule 5: "helped by the counter's fields").</summary>
    [Range(1.0, 100.0)]
    public double CounterFieldWeight { get; set; } = 2.0;

    /// <summary>The confidence recorded when a rule's own words decided (a bribe, a contested decision).</summary>
    [Range(0.0, 1.0)]
    public double CueConfidence { get; set; } = 0.95;

    /// <summary>How many guesses a decision carries for the person who routes by hand.</summary>
    [Range(1, 20)]
    public int GuessCount { get; set; } = 3;

    /// <summary>How much more than an old one a correction made today weighs in training (ADR 0012): a
    /// correction of today counts 1 + this, halving every <see cref="CorrectionHalfLifeDays"/>.</summary>
    [Range(0.0, 100.0)]
    public double RecentCorrectionWeight { get; set; } = 2.0;

    [Range(1.0, 3650.0)]
    public double CorrectionHalfLifeDays { get; set; } = 90;

    /// <summary>How many stored models the nightly retraining keeps (the newest ones), to go back to one.</summary>
    [Range(1, 100)]
    public int ModelsKept { get; set; } = 5;

    /// <summary>Folds of the cross-validation that measures each nightly model (<c>routing_models</c>).</summary>
    [Range(2, 20)]
    public int EvaluationFolds { get; set; } = 5;
}
