using System.Text;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>A redacted original, decrypted for a manager.</summary>
public sealed record RedactedOriginal(long Id, string TrackingCode, RedactedPart Part, string? Text, byte[]? Photo, string? ContentType);

/// <summary>Encrypts what a manager redacts, and gives it back only to a manager, writing in the audit trail who
/// read which original and when.</summary>
public class RedactedOriginals(CchcDbContext db, IDataProtectionProvider protection, AuditLog audit)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CchcFeedback.PetitionRedactions.v1");

    internal byte[] Protect(byte[] original) => _protector.Protect(original);

    internal byte[] Protect(string original) => _protector.Protect(Encoding.UTF8.GetBytes(original));

    /// <summary>Null outside a manager's scope (the caller answers 404) and for unknown ids.</summary>
    public async Task<RedactedOriginal?> ReadAsync(long redactionId, string reader, DepartmentScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.IsAll)
        {
            return null;
        }
        var row = await db.PetitionRedactions.AsNoTracking()
            .Where(r => r.Id == redactionId)
            .Select(r => new { Redaction = r, Code = db.Petitions.Where(p => p.Id == r.PetitionId).Select(p => p.TrackingCode).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var redaction = row.Redaction;
        await audit.WriteAsync(reader, AuditActions.PetitionOriginalViewed, $"petition:{row.Code}",
            new { redaction = redaction.Id, part = SnakeCaseEnum.ToName(redaction.Part) }, cancellationToken);
        var original = _protector.Unprotect(redaction.Original);
        return redaction.Part == RedactedPart.Photo
            ? new RedactedOriginal(redaction.Id, row.Code, redaction.Part, null, original, redaction.ContentType)
            : new RedactedOriginal(redaction.Id, row.Code, redaction.Part, Encoding.UTF8.GetString(original), null, null);
    }
}
