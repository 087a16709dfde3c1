using CchcFeedback.Core.Catalog.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddCchcCatalog(this IServiceCollection services) => services.AddScoped<CatalogImporter>();
}
