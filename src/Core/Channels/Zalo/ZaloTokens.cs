using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>The OA's access token, refreshed through OAuth v4 (<c>POST {OAuthBaseUrl}/v4/oa/access_token</c>,
/// form <c>app_id</c>, <c>grant_type=refresh_token</c>, <c>refresh_token</c>, header <c>secret_key</c>). A Zalo
/// refresh token can be spent once: two Jobs processes refreshing at once would leave one holding a dead token and
/// the OA cut off. So a refresh runs under a transaction-scoped advisory lock and re-reads the row inside it: the
/// second process waits, finds the token the first one stored, and does not call Zalo.</summary>
public class ZaloTokens(CchcDbContext db, IDataProtectionProvider protection, IHttpClientFactory clients, IOptions<ZaloOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "zalo";
    private const long RefreshLockKey = 0x5A414C4F_544F4B45; // "ZALOTOKE": one lock for the one token row

    private readonly IDataProtector _protector = protection.CreateProtector("CchcFeedback.Channels.ZaloTokens.v1");

    /// <summary>A valid access token, refreshed first when it expires within <see cref="ZaloOptions.RefreshBefore"/>.</summary>
    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var row = await db.ZaloTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ZaloToken.SingleId, cancellationToken);
        if (row is not null && row.AccessExpiresAt > clock.GetUtcNow() + options.Value.RefreshBefore)
        {
            return _protector.Unprotect(row.ProtectedAccessToken).AsUtf8();
        }
        return await RefreshAsync(cancellationToken);
    }

    /// <summary>Refreshes unless another process did so meanwhile; returns the access token in force.</summary>
    public async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RefreshLockKey})", cancellationToken);
            var row = await db.ZaloTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ZaloToken.SingleId, cancellationToken);
            var now = clock.GetUtcNow();
            if (row is not null && row.AccessExpiresAt > now + options.Value.RefreshBefore)
            {
                return _protector.Unprotect(row.ProtectedAccessToken).AsUtf8();
            }
            var refreshToken = row is null ? options.Value.RefreshToken : _protector.Unprotect(row.ProtectedRefreshToken).AsUtf8();
            if (string.IsNullOrWhiteSpace(refreshToken))
            {
                throw new ZaloApiException("No Zalo refresh token: set Zalo:RefreshToken to the one the OA's authorisation gave");
            }
            var (access, refresh, lifetime) = await CallOAuthAsync(refreshToken, cancellationToken);
            var protectedAccess = _protector.Protect(access.AsUtf8Bytes());
            var protectedRefresh = _protector.Protect(refresh.AsUtf8Bytes());
            var expiresAt = now + lifetime;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO zalo_tokens (id, protected_access_token, protected_refresh_token, access_expires_at, refreshed_at)
                VALUES ({ZaloToken.SingleId}, {protectedAccess}, {protectedRefresh}, {expiresAt}, {now})
                ON CONFLICT (id) DO UPDATE SET protected_access_token = EXCLUDED.protected_access_token,
                    protected_refresh_token = EXCLUDED.protected_refresh_token, access_expires_at = EXCLUDED.access_expires_at,
                    refreshed_at = EXCLUDED.refreshed_at
                """, cancellationToken);
            // If this commit failed after Zalo spent the old token, the OA needs a new authorisation: unavoidable,
            // and rare (the lock is held, the statement is one small row).
            await transaction.CommitAsync(cancellationToken);
            return access;
        });
    }

    private async Task<(string Access, string Refresh, TimeSpan Lifetime)> CallOAuthAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, ChannelUrls.Combine(settings.OAuthBaseUrl, "v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["app_id"] = settings.AppId ?? "",
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        request.Headers.Add("secret_key", settings.AppSecret);
        using var document = await ZaloHttp.SendAsync(clients.CreateClient(HttpClientName), request, "token refresh", cancellationToken);
        var root = document.RootElement;
        if (root.TryGetProperty("access_token", out var access) && access.GetString() is { Length: > 0 } accessToken
            && root.TryGetProperty("refresh_token", out var refresh) && refresh.GetString() is { Length: > 0 } newRefresh)
        {
            // expires_in comes as a string of seconds ("90000").
            var seconds = root.TryGetProperty("expires_in", out var e) && long.TryParse(e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString(),
                NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 3600;
            return (accessToken, newRefresh, TimeSpan.FromSeconds(seconds));
        }
        throw new ZaloApiException("Zalo refused the token refresh", ZaloHttp.ErrorCode(root));
    }
}

internal static class Utf8Text
{
    public static string AsUtf8(this byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    public static byte[] AsUtf8Bytes(this string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
