using CchcFeedback.Core.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>Records every refusal of a signed-in user in the audit trail, then answers as usual.</summary>
public class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<AuditLog>();
            await audit.WriteAsync(context.User.Identity?.Name ?? "anonymous", AuditActions.AccessDenied, context.Request.Path.Value);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
