using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Routing.Learning;

/// <param name="ManualExamples">How many manual routings it learnt from.</param>
/// <param name="Evaluation">Cross-validation of the same training; null when not evaluated.</param>
public record TrainedRecogniser(SubjectRecogniser Recogniser, int ManualExamples, RoutingEvaluationResult? Evaluation);
