using System.CommandLine;
using CchcFeedback.Core.Routing;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Measures the router on the project's own examples (data/routing/examples.jsonl), each routed by a
/// recogniser trained without it: the check to run after editing the examples, without touching the
/// development set. Prints as <c>route-eval</c> does.</summary>
public static class RouteCrossValidateCommand
{
    public static Command Build()
    {
        var details = new Option<bool>("--details") { Description = "Also list each example routed wrongly or to triage" };
        var command = new Command("route-crossval", "5-fold cross-validation of routing on the project's own examples") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(details);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var catalog = await services.GetRequiredService<RoutingCatalogLoader>().LoadAsync(ct);
            var evaluation = RoutingCrossValidation.Run(catalog, services.GetRequiredService<IOptions<RoutingOptions>>().Value);
            RouteEvalCommand.Print(evaluation, result.GetValue(details), result.InvocationConfiguration.Output);
            return 0;
        }, cancellationToken));
        return command;
    }
}
