using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CchcFeedback.Core.ApiClients;

public record CreatedApiClient(ApiClient Client, ApiKey Key);

/// <summary>Creates, revokes and authenticates API clients.</summary>
public class ApiClientService(CchcDbContext db, TimeProvider clock, AuditLog audit, IMemoryCache cache, DatabaseRetry retry)
{
    /// <summary>How long a process trusts an active client it has read: every call of an integration would
    /// otherwise cost a round trip before its real work. A revocation made in this process takes effect at once;
    /// one made elsewhere (the Web admin page) within this time.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

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
        cache.Remove(CacheKey(client.KeyId));
        return true;
    }

    /// <summary>The active client whose key this is, or null. Never says which half was wrong. The secret is
    /// checked on every call; the client's row is read at most once per <see cref="CacheFor"/>.</summary>
    public async Task<ApiClient?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        if (!ApiKey.TryParse(presentedKey, out var key))
        {
            return null;
        }
        var cacheKey = CacheKey(key.KeyId);
        if (!cache.TryGetValue(cacheKey, out CachedClient? cached) || cached!.ValidUntil <= clock.GetUtcNow())
        {
            var client = await retry.OnceMoreAsync("Reading an API client", () => db.ApiClients.AsNoTracking().Include(c => c.Department)
                .SingleOrDefaultAsync(c => c.KeyId == key.KeyId && c.RevokedAt == null, cancellationToken), cancellationToken);
            if (client is null)
            {
                // Unknown keys are not remembered: a client created a moment ago must work at once.
                cache.Remove(cacheKey);
                return null;
            }
            cached = new CachedClient(client, clock.GetUtcNow() + CacheFor);
            cache.Set(cacheKey, cached, CacheFor);
        }
        return key.Matches(cached.Client.SecretHash) ? cached.Client : null;
    }

    private static (string, string) CacheKey(string keyId) => ("api-client", keyId);

    private sealed record CachedClient(ApiClient Client, DateTimeOffset ValidUntil);
}
