using System.Security.Cryptography;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Identity;

public record NewStaffUser(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> DepartmentCodes);

public record StaffUserResult(StaffUser? User, IReadOnlyList<string> Errors, string? GeneratedPassword = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Creates and changes staff accounts: used by the Admin pages, <c>create-admin</c> and the demo seed.</summary>
public class StaffUserService(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, CchcDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <param name="password">Null to generate one that the user must change at first sign-in.</param>
    public async Task<StaffUserResult> CreateAsync(NewStaffUser request, string? password, string actor, CancellationToken cancellationToken = default)
    {
        var departmentIds = await DepartmentIdsAsync(request.DepartmentCodes, cancellationToken);
        var errors = Validate(request.Roles, request.DepartmentCodes, departmentIds);
        if (errors.Count > 0)
        {
            return new StaffUserResult(null, errors);
        }
        await EnsureRolesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var generated = password is null ? GeneratePassword() : null;
        var user = new StaffUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            MustChangePassword = generated is not null,
            CreatedAt = clock.GetUtcNow(),
            Departments = departmentIds.Values.Select(id => new UserDepartment { DepartmentId = id }).ToList(),
        };
        var created = await users.CreateAsync(user, password ?? generated!);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, request.Roles);
        }
        if (!created.Succeeded)
        {
            return new StaffUserResult(null, created.Errors.Select(e => e.Description).ToList());
        }
        await audit.WriteAsync(actor, AuditActions.UserCreated, $"user:{user.Email}",
            new { request.Roles, request.DepartmentCodes }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffUserResult(user, [], generated);
    }

    /// <summary>Replaces the user's roles and departments.</summary>
    public async Task<StaffUserResult> UpdateAccessAsync(Guid userId, IReadOnlyList<string> newRoles, IReadOnlyList<string> departmentCodes, string actor, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.Include(u => u.Departments).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return new StaffUserResult(null, ["Không có người dùng này. / No such user."]);
        }
        var departmentIds = await DepartmentIdsAsync(departmentCodes, cancellationToken);
        var errors = Validate(newRoles, departmentCodes, departmentIds);
        if (errors.Count > 0)
        {
            return new StaffUserResult(user, errors);
        }
        await EnsureRolesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(newRoles));
        await users.AddToRolesAsync(user, newRoles.Except(current));
        user.Departments.RemoveAll(d => !departmentIds.ContainsValue(d.DepartmentId));
        user.Departments.AddRange(departmentIds.Values.Where(id => user.Departments.All(d => d.DepartmentId != id))
            .Select(id => new UserDepartment { DepartmentId = id }));
        // A new stamp ends the user's sessions, so narrowed rights apply at once rather than at next sign-in.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(actor, AuditActions.UserChanged, $"user:{user.Email}", new { roles = newRoles, departmentCodes });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffUserResult(user, []);
    }

    public async Task<bool> SetDisabledAsync(Guid userId, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return false;
        }
        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, $"user:{user.Email}", cancellationToken: cancellationToken);
        return true;
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.People)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    private async Task<Dictionary<string, int>> DepartmentIdsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken) =>
        await db.Departments.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);

    private static List<string> Validate(IReadOnlyList<string> requestedRoles, IReadOnlyList<string> codes, Dictionary<string, int> found)
    {
        var errors = new List<string>();
        if (requestedRoles.Count == 0)
        {
            errors.Add("Chọn ít nhất một vai trò. / Choose at least one role.");
        }
        errors.AddRange(requestedRoles.Where(r => !StaffRoles.People.Contains(r)).Select(r => $"Vai trò không hợp lệ: {r}. / Unknown role: {r}."));
        errors.AddRange(codes.Where(c => !found.ContainsKey(c)).Select(c => $"Không có đơn vị {c}. / Unknown department {c}."));
        if (requestedRoles.Contains(StaffRoles.DepartmentStaff) && codes.Count == 0)
        {
            errors.Add("Cán bộ đơn vị cần thuộc ít nhất một đơn vị. / Department staff need at least one department.");
        }
        return errors;
    }

    /// <summary>Four groups of five unambiguous characters: long, random, and easy to read out over the phone.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(alphabet, 5)));
    }
}
