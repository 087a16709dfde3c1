using System.Security.Claims;
using CchcFeedback.Core.Identity;

namespace CchcFeedback.Api.ApiClients;

public record CurrentClientResponse(string Name, string KeyId, IReadOnlyList<string> Roles, IReadOnlyList<int> DepartmentIds);

/// <summary>Lets an integrator check that a key works and what it may do.</summary>
public static class ApiClientsApi
{
    public static IEndpointRouteBuilder MapApiClientsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients").WithTags("API clients").RequireAuthorization();
        group.MapGet("/me", GetCurrentClient).WithName(nameof(GetCurrentClient)).WithSummary("The API client that the presented key belongs to");
        return endpoints;
    }

    public static CurrentClientResponse GetCurrentClient(ClaimsPrincipal user) => new(
        user.Identity!.Name!,
        user.FindFirstValue(StaffClaimTypes.ApiClient)!,
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        user.FindAll(StaffClaimTypes.Department).Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList());
}
