using Microsoft.AspNetCore.Authorization;

namespace CchcFeedback.Core.Identity;

/// <summary>Every authorization policy, defined once: page folders and endpoint groups refer to these names.</summary>
public static class StaffPolicies
{
    public const string Admin = nameof(Admin);
    public const string Manager = nameof(Manager);
    public const string Staff = nameof(Staff);
    public const string Integration = nameof(Integration);

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder builder, bool adminsNeedTwoFactor) =>
        builder
            .AddPolicy(Admin, policy =>
            {
                policy.RequireRole(StaffRoles.Admin);
                if (adminsNeedTwoFactor)
                {
                    policy.RequireClaim(StaffClaimTypes.AuthenticationMethod, "mfa");
                }
            })
            .AddPolicy(Manager, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Manager))
            .AddPolicy(Staff, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Manager, StaffRoles.DepartmentStaff))
            .AddPolicy(Integration, policy => policy.RequireRole(StaffRoles.Integration, StaffRoles.Admin, StaffRoles.Manager));
}
