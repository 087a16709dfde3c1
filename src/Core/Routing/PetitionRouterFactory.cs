using CchcFeedback.Core.Routing.Recognition;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Routing;

/// <summary>Builds a router on the catalog now in the database, with a recogniser trained on the catalog's
/// names, the project's examples and whatever the deployment has learnt (manual re-routings). Training takes
/// seconds, so a job can do it at start and again every night.</summary>
public class PetitionRouterFactory(RoutingCatalogLoader catalogLoader, IOptions<RoutingOptions> options)
{
    public async Task<PetitionRouter> CreateAsync(IEnumerable<RoutingExample>? learnt = null, CancellationToken cancellationToken = default)
    {
        var catalog = await catalogLoader.LoadAsync(cancellationToken);
        var recogniser = SubjectRecogniserTrainer.Train(catalog, [.. RoutingExampleFile.BuiltIn(), .. learnt ?? []]);
        return new PetitionRouter(catalog, recogniser, options.Value);
    }
}
