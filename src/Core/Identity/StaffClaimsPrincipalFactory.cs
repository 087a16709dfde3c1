using System.Security.Claims;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Identity;

/// <summary>Adds the user's departments to the sign-in cookie, so that the department scope needs no query.</summary>
public class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options, CchcDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("name", user.DisplayName));
        var departmentIds = await db.Set<UserDepartment>().Where(m => m.UserId == user.Id).Select(m => m.DepartmentId).ToListAsync();
        foreach (var id in departmentIds)
        {
            identity.AddClaim(new Claim(StaffClaimTypes.Department, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
