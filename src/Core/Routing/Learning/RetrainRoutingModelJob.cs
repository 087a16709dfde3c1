using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Routing.Learning;

/// <summary>Every night: trains the recogniser again with the day's manual routings, measures it by
/// cross-validation on the project's examples (<see cref="RoutingCrossValidation"/>), and stores it as a new
/// version only when it measures at least as well as the newest model of this build (<see
/// cref="RoutingEvaluationResult.Merit"/>): a night of careless corrections must not make routing worse. It keeps
/// the last few. Each process picks the new version up when its router is next rebuilt
/// (<see cref="PetitionRouterCache.MaxAge"/>). Running twice stores the same model twice (training is
/// deterministic), which changes nothing that routing sees.</summary>
public partial class RetrainRoutingModelJob(
    RoutingCatalogLoader catalogLoader,
    RoutingModelTraining training,
    RoutingModelStore models,
    IOptions<RoutingOptions> options,
    ILogger<RetrainRoutingModelJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var catalog = await catalogLoader.LoadAsync(cancellationToken);
        var trained = await training.TrainAsync(catalog, evaluate: true, cancellationToken);
        var previous = await models.NewestMeasureAsync(cancellationToken);
        var evaluation = trained.Evaluation!;
        if (previous is { } kept && RoutingEvaluationResult.Merit(evaluation.Right, evaluation.Wrong) < RoutingEvaluationResult.Merit(kept.Right, kept.Wrong))
        {
            LogKept(kept.Version, kept.Right, kept.Wrong, evaluation.Summary);
            return;
        }
        var version = await models.SaveAsync(trained, cancellationToken);
        var pruned = await models.PruneAsync(options.Value.ModelsKept, cancellationToken);
        LogRetrained(version, trained.Recogniser.TrainingExamples, trained.ManualExamples, trained.Evaluation?.Summary, pruned);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Routing model {Version} trained on {Examples} texts ({Manual} manual routings); cross-validation {Evaluation}; {Pruned} old models deleted")]
    private partial void LogRetrained(int version, int examples, int manual, string? evaluation, int pruned);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Routing model {Version} kept ({Right} right, {Wrong} wrong): the new training measured worse, {Evaluation}")]
    private partial void LogKept(int version, int right, int wrong, string evaluation);
}
