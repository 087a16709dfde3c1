using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.ApiClients;

/// <summary>An integration allowed to call the Api (a kiosk, a Zalo mini app, the provincial one-stop system).
/// Its secret is never stored: only a hash of it.</summary>
public class ApiClient
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The public half of the key, used to find the client; safe to show and to log.</summary>
    public required string KeyId { get; set; }
    public required byte[] SecretHash { get; set; }

    /// <summary>One of <see cref="Identity.StaffRoles.ApiClients"/>: what the client may do.</summary>
    public required string Role { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
