using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>Every Razor page of a folder, found from the host's own endpoints: a page added later is covered
/// by the refusal tests without anyone remembering to list it.</summary>
public static class StaffPageRoutes
{
    public static IReadOnlyList<string> Under(IServiceProvider services, string folder) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>())
            .OfType<PageActionDescriptor>()
            .Select(d => d.ViewEnginePath)
            .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/Index", StringComparison.Ordinal) ? p[..^"/Index".Length] : p)
            .Distinct()
            .Order()
            .ToList();
}
