using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.ApiClients;

public record CreatedApiClient(ApiClient Client, ApiKey Key);

/// <summary>Creates, revokes and authenticates API clients.</summary>
public class ApiClientService(CchcDbContext db, TimeProvider clock, AuditLog audit)
{
    /// <summary>Creates a client; the returned key is the only time its secret exists in clear.</summary>
    public async Task<CreatedApiClient> CreateAsync(string name, string role, string? departmentCode, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new ArgumentException("Tên không hợp lệ / The name must have 1 to 200 characters.", nameof(name));
        }
        if (!StaffRoles.ApiClients.Contains(role))
        {
            throw new ArgumentException($"Vai trò không hợp lệ / Unknown role '{role}'; expected one of {string.Join(", ", StaffRoles.ApiClients)}.", nameof(role));
        }
        int? departmentId = null;
        if (departmentCode is not null)
        {
            departmentId = await db.Departments.Where(d => d.Code == departmentCode).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ArgumentException($"Không có đơn vị / Unknown department '{departmentCode}'.", nameof(departmentCode));
        }
        if (role == StaffRoles.DepartmentStaff && departmentId is null)
        {
            throw new ArgumentException("Vai trò DepartmentStaff cần một đơn vị / A DepartmentStaff client needs a department.", nameof(departmentCode));
        }

        var key = ApiKey.Generate();
        var client = new ApiClient
        {
            Name = name.Trim(),
            KeyId = key.KeyId,
            SecretHash = key.SecretHash(),
            Role = role,
            DepartmentId = departmentId,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        db.ApiClients.Add(client);
        audit.Record(actor, AuditActions.ApiClientCreated, $"api-client:{client.KeyId}", new { client.Name, role, departmentCode });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiClient(client, key);
    }

    /// <summary>The refusal of <see cref="CreateAsync"/> as a person should read it, without .NET's parameter suffix.</summary>
    public static string Reason(ArgumentException refusal) =>
        refusal.ParamName is null ? refusal.Message : refusal.Message.Replace($" (Parameter '{refusal.ParamName}')", "", StringComparison.Ordinal);

    public async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null || !client.IsActive)
        {
            return false;
        }
        client.RevokedAt = clock.GetUtcNow();
        audit.Record(actor, AuditActions.ApiClientRevoked, $"api-client:{client.KeyId}", new { client.Name });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The active client whose key this is, or null. Never says which half was wrong.</summary>
    public async Task<ApiClient?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        if (!ApiKey.TryParse(presentedKey, out var key))
        {
            return null;
        }
        var client = await db.ApiClients.AsNoTracking().Include(c => c.Department)
            .SingleOrDefaultAsync(c => c.KeyId == key.KeyId && c.RevokedAt == null, cancellationToken);
        return client is not null && key.Matches(client.SecretHash) ? client : null;
    }
}
