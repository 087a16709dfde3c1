using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace CchcFeedback.Web.Pages.Account;

/// <summary>Account pages need a signed-in user, except those that sign one in; those are rate-limited per address.</summary>
public static class Conventions
{
    private static readonly string[] SignInPages = ["/Account/SignIn", "/Account/SignInTwoFactor", "/Account/ForgotPassword", "/Account/ResetPassword"];

    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Account");
        foreach (var page in SignInPages)
        {
            conventions.AllowAnonymousToPage(page);
            conventions.AddPageApplicationModelConvention(page, model =>
                model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimiting.SignInPolicy)));
        }
    }
}
