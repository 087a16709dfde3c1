using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Notifications;

/// <summary>A staff member a notification goes to.</summary>
public sealed record StaffRecipient(Guid UserId, string Email);

/// <summary>Who is told: active (not disabled) staff users with an e-mail address, by role and by department.</summary>
public static class StaffRecipients
{
    public static Task<List<StaffRecipient>> InRoleAsync(CchcDbContext db, string role, CancellationToken cancellationToken = default) =>
        ToRecipientsAsync(InRole(db, role), cancellationToken);

    /// <summary>DepartmentStaff users linked to the department.</summary>
    public static Task<List<StaffRecipient>> DepartmentStaffAsync(CchcDbContext db, int departmentId, CancellationToken cancellationToken = default) =>
        ToRecipientsAsync(InRole(db, StaffRoles.DepartmentStaff)
            .Where(u => db.UserDepartments.Any(d => d.UserId == u.Id && d.DepartmentId == departmentId)), cancellationToken);

    /// <summary>Managers linked to the department; every Manager when none is, so that an escalation always
    /// reaches someone.</summary>
    public static async Task<List<StaffRecipient>> DepartmentManagersAsync(CchcDbContext db, int departmentId, CancellationToken cancellationToken = default)
    {
        var linked = await ToRecipientsAsync(InRole(db, StaffRoles.Manager)
            .Where(u => db.UserDepartments.Any(d => d.UserId == u.Id && d.DepartmentId == departmentId)), cancellationToken);
        return linked.Count > 0 ? linked : await InRoleAsync(db, StaffRoles.Manager, cancellationToken);
    }

    private static IQueryable<StaffUser> InRole(CchcDbContext db, string role) =>
        db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Email != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

    private static Task<List<StaffRecipient>> ToRecipientsAsync(IQueryable<StaffUser> users, CancellationToken cancellationToken) =>
        users.OrderBy(u => u.Email).Select(u => new StaffRecipient(u.Id, u.Email!)).ToListAsync(cancellationToken);
}
