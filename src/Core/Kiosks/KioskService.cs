using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Kiosks;

public record CreatedKiosk(Kiosk Kiosk, ApiKey Key, string PairingUrl);

/// <summary>What a kiosk's key opens: the kiosk, or why not.</summary>
public record KioskAccess(KioskAccessOutcome Outcome, KioskDevice? Device);

public enum KioskAccessOutcome { Unknown, Revoked, Active }

/// <summary>What a paired tablet shows and files its taps under.</summary>
public record KioskDevice(int Id, string Name, int TouchpointId, int CenterId, int CounterId, int DepartmentId, string CounterCode, string CounterName, string CenterName);

/// <summary>Pairs, revokes and recognises counter tablets.</summary>
public class KioskService(CchcDbContext db, TimeProvider clock, AuditLog audit, TouchpointService touchpoints, IOptions<PublicSiteOptions> site, IMemoryCache cache)
{
    /// <summary>How long a process trusts a kiosk row it has read, as for API keys (<see cref="ApiClientService.CacheFor"/>):
    /// a revocation made in this process takes effect at once, one made in another process within this time. The
    /// secret is still checked on every batch.</summary>
    public static readonly TimeSpan CacheFor = ApiClientService.CacheFor;

    /// <summary>Pairs a new tablet with a counter; the returned key (in the pairing URL) is the only time its secret
    /// exists in clear.</summary>
    public async Task<CreatedKiosk> CreateAsync(string counterCode, string? name, string actor, CancellationToken cancellationToken = default)
    {
        var counter = await db.Counters.AsNoTracking().Where(c => c.Code == counterCode.Trim()).Select(c => new { c.Id, c.Code, c.NameVi })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ArgumentException($"Không có quầy / Unknown counter '{counterCode}'.", nameof(counterCode));
        var label = string.IsNullOrWhiteSpace(name) ? $"Kiosk {counter.Code}" : name.Trim();
        if (label.Length > 200)
        {
            throw new ArgumentException("Tên dài quá 200 ký tự / The name must have at most 200 characters.", nameof(name));
        }
        var touchpointId = await CounterTouchpointAsync(counter.Id, cancellationToken);
        if (touchpointId is null)
        {
            // A counter imported without its QR yet (or whose QR was revoked): issue it, as an import would.
            await touchpoints.EnsureForCatalogAsync(cancellationToken);
            touchpointId = await CounterTouchpointAsync(counter.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Counter {counter.Code} has no touchpoint.");
        }
        var key = ApiKey.Generate();
        var kiosk = new Kiosk
        {
            Name = label,
            CounterId = counter.Id,
            TouchpointId = touchpointId.Value,
            KeyId = key.KeyId,
            SecretHash = key.SecretHash(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        db.Kiosks.Add(kiosk);
        audit.Record(actor, AuditActions.KioskCreated, $"kiosk:{kiosk.KeyId}", new { kiosk.Name, counter = counter.Code });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedKiosk(kiosk, key, PairingUrl(key));
    }

    /// <summary>The address that sets a tablet up: the key is in the fragment, which browsers never send to a
    /// server nor put in a Referer.</summary>
    public string PairingUrl(ApiKey key) => $"{site.Value.BaseUrl.TrimEnd('/')}/kiosk/pair#{key}";

    /// <summary>The refusal of <see cref="CreateAsync"/> as a person should read it, without .NET's parameter suffix.</summary>
    public static string Reason(ArgumentException refusal) => ApiClientService.Reason(refusal);

    public async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // One conditional UPDATE: of two clicks, one revokes and one finds nothing to do.
        var changed = await db.Kiosks.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }
        var keyId = await db.Kiosks.Where(k => k.Id == id).Select(k => k.KeyId).SingleAsync(cancellationToken);
        audit.Record(actor, AuditActions.KioskRevoked, $"kiosk:{keyId}");
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey(keyId));
        return true;
    }

    /// <summary>The kiosk whose key this is. Never says which half of a wrong key was wrong; a revoked kiosk is told
    /// so only when its secret is right. The row is read at most once per <see cref="CacheFor"/>: two hundred tablets
    /// sending at once cost no database round trip each before their real work.</summary>
    public async Task<KioskAccess> AuthenticateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (!ApiKey.TryParse(presentedKey?.Trim(), out var key) || key.KeyId.Length > 16)
        {
            return new(KioskAccessOutcome.Unknown, null);
        }
        if (!cache.TryGetValue(CacheKey(key.KeyId), out KioskRow? row))
        {
            row = await db.Kiosks.AsNoTracking().Where(k => k.KeyId == key.KeyId)
                .Select(k => new KioskRow(k.SecretHash, k.RevokedAt, new KioskDevice(k.Id, k.Name, k.TouchpointId, k.Counter.CenterId,
                    k.CounterId, k.Counter.DepartmentId, k.Counter.Code, k.Counter.NameVi, k.Counter.Center.NameVi)))
                .SingleOrDefaultAsync(cancellationToken);
            cache.Set(CacheKey(key.KeyId), row, CacheFor);
        }
        if (row is null || !key.Matches(row.SecretHash))
        {
            return new(KioskAccessOutcome.Unknown, null);
        }
        return row.RevokedAt is null ? new(KioskAccessOutcome.Active, row.Device) : new(KioskAccessOutcome.Revoked, null);
    }

    private static (string, string) CacheKey(string keyId) => ("kiosk", keyId);

    private sealed record KioskRow(byte[] SecretHash, DateTimeOffset? RevokedAt, KioskDevice Device);

    private Task<int?> CounterTouchpointAsync(int counterId, CancellationToken cancellationToken) =>
        db.Touchpoints.Where(t => t.CounterId == counterId && t.ProcedureId == null && t.RevokedAt == null)
            .Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
}
