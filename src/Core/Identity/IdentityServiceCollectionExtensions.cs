using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Staff accounts: Identity's stores and policy, and the service that creates and changes users.</summary>
    public static IServiceCollection AddCchcIdentity(this IServiceCollection services)
    {
        services.AddStaffIdentityCore();
        services.AddScoped<StaffUserService>();
        return services;
    }

    /// <summary>Identity's user and role stores on the application's database, with the product's password and
    /// lockout policy. Hosts add the cookie (Web) or nothing more (Jobs verbs that create users).</summary>
    public static IdentityBuilder AddStaffIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CchcDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

    public static void ConfigureIdentity(IdentityOptions options)
    {
        // NIST SP 800-63B: length matters, composition rules do not; a long passphrase is welcome.
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
