using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace CchcFeedback.Web.Infrastructure;

public static class StaffAuthentication
{
    /// <summary>Identity's cookie sign-in for staff, the policies of <see cref="StaffPolicies"/>, and a 403 (rendered
    /// as the friendly error page) instead of a redirect when a signed-in user lacks the right.</summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        new IdentityBuilder(typeof(StaffUser), typeof(IdentityRole<Guid>), services)
            .AddSignInManager<StaffSignInManager>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "cchc.staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Account/SignIn";
            cookie.LogoutPath = "/Account/SignOut";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A disabled user's sessions end within this interval: a minute unless configured, not Identity's 30.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<SecurityStampValidatorOptions>(configuration.GetSection("Security:StampValidation"));
        var adminsNeedTwoFactor = configuration.GetSection(SecurityOptions.Section).GetValue<bool>(nameof(SecurityOptions.RequireTwoFactorForAdmins));
        services.AddAuthorizationBuilder().AddStaffPolicies(adminsNeedTwoFactor);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        return services;
    }
}
