using CchcFeedback.Core.Routing.Recognition;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Routing.Learning;

/// <summary>Trains the recogniser on what a deployment has (ADR 0006): the catalog's names, the project's
/// examples and every manual routing.</summary>
public class RoutingModelTraining(ManualRoutingExamples manual, IOptions<RoutingOptions> options)
{
    public async Task<TrainedRecogniser> TrainAsync(RoutingCatalog catalog, bool evaluate, CancellationToken cancellationToken = default)
    {
        var learnt = await manual.AllAsync(cancellationToken);
        var recogniser = SubjectRecogniserTrainer.Train(catalog, [.. RoutingExampleFile.BuiltIn(), .. learnt]);
        var evaluation = evaluate ? RoutingCrossValidation.Run(catalog, options.Value, learnt, options.Value.EvaluationFolds) : null;
        return new TrainedRecogniser(recogniser, learnt.Count, evaluation);
    }
}
