using CchcFeedback.Core.Routing.Learning;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Routing;

/// <summary>Builds a router on the catalog now in the database and the newest stored recogniser, the same in
/// every process; only when none is stored for this build is one trained (seconds) and stored for the others.</summary>
public class PetitionRouterFactory(RoutingCatalogLoader catalogLoader, RoutingModelStore models, RoutingModelTraining training, IOptions<RoutingOptions> options)
{
    public async Task<PetitionRouter> CreateAsync(CancellationToken cancellationToken = default)
    {
        var catalog = await catalogLoader.LoadAsync(cancellationToken);
        var model = await models.LoadOrTrainAsync(token => training.TrainAsync(catalog, evaluate: false, token), cancellationToken);
        return new PetitionRouter(catalog, model.Recogniser, options.Value);
    }
}
