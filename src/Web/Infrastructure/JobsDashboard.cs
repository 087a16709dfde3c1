using CchcFeedback.Core.Identity;
using Hangfire;

namespace CchcFeedback.Web.Infrastructure;

public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    /// <summary>Hangfire's dashboard for Admins only. Its own filters default to "local requests only", which
    /// would let anyone on the server in: they are emptied and the Admin policy guards the endpoint instead.</summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [],
            AppPath = "/Staff",
            DashboardTitle = "CchcFeedback · Hangfire",
        }).RequireAuthorization(StaffPolicies.Admin);
        return endpoints;
    }
}
