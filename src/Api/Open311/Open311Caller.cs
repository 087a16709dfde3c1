using System.Globalization;
using System.Security.Claims;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;

namespace CchcFeedback.Api.Open311;

/// <summary>Who calls: GeoReport clients send <c>api_key</c> as a parameter, others our usual header. A key is
/// optional (anonymous petitions are allowed, rate-limited per address), but a wrong one is refused.</summary>
public sealed record Open311Caller(bool InvalidKey, ClaimsPrincipal? Principal)
{
    public string Identity => Principal?.FindFirst(StaffClaimTypes.ApiClient)?.Value ?? "anonymous";

    public DepartmentScope Scope => Principal is null ? DepartmentScope.Nothing : DepartmentScope.For(Principal);

    public static async Task<Open311Caller> ResolveAsync(HttpContext context, string? apiKey, ApiClientService clients, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return new Open311Caller(false, context.User.FindFirst(StaffClaimTypes.ApiClient) is null ? null : context.User);
        }
        var client = await clients.AuthenticateAsync(apiKey.Trim(), cancellationToken);
        if (client is null)
        {
            return new Open311Caller(true, null);
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, client.Name),
            new(StaffClaimTypes.ApiClient, client.KeyId),
            new(ClaimTypes.Role, client.Role),
        };
        if (client.DepartmentId is { } departmentId)
        {
            claims.Add(new Claim(StaffClaimTypes.Department, departmentId.ToString(CultureInfo.InvariantCulture)));
        }
        return new Open311Caller(false, new ClaimsPrincipal(new ClaimsIdentity(claims, "Open311ApiKey")));
    }
}
