using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Api.Infrastructure;

/// <summary>Authenticates integrations by API key: <c>Authorization: Bearer cchc_…</c> or <c>X-Api-Key: cchc_…</c>.</summary>
public class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiClientService clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey();
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }
        var client = await clients.AuthenticateAsync(presented, Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("Invalid or revoked API key");
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
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"CchcFeedback\"";
        return Task.CompletedTask;
    }

    private string? PresentedKey()
    {
        if (Request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }
        var authorization = Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
