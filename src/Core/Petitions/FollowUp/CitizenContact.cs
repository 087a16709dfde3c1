using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Retention;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Petitions.FollowUp;

/// <summary>A sender with the tracking code and the phone number they gave sees their contact details and may
/// delete them (Law 91/2025/QH15 on personal data: the data subject may see and delete). Deletion is honoured at
/// once: the encrypted fields and the look-up hash are erased, with a 'redacted' event and an audit record.</summary>
public partial class CitizenContact(
    CchcDbContext db,
    PersonalDataProtector protector,
    ContactGuessLimiter guesses,
    AuditLog audit,
    TimeProvider clock,
    ILogger<CitizenContact> logger)
{
    public async Task<ContactLookup> ShowAsync(string? typedCode, string? phone, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(typedCode, phone, cancellationToken) is not { } found)
        {
            return Refusal(typedCode);
        }
        var contact = new PetitionContact(Unprotect(found.ContactName), Unprotect(found.ContactPhone), Unprotect(found.ContactEmail),
            Unprotect(found.ContactAddress), found.ConsentContact, found.ConsentPublish);
        return new ContactLookup(ContactLookupOutcome.Found, new ContactView(contact, found.AnsweredAt is null ? null : found.AnswerText, found.AnsweredAt));
    }

    public async Task<ContactLookupOutcome> DeleteAsync(string? typedCode, string? phone, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(typedCode, phone, cancellationToken) is not { } found)
        {
            return Refusal(typedCode).Outcome;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var erased = await ContactErasure.EraseAsync(db, [found.Id], ErasureCause.CitizenRequest, CitizenFollowUp.Actor, clock.GetUtcNow(), cancellationToken);
        if (erased > 0)
        {
            audit.Record("citizen", AuditActions.PetitionContactDeleted, $"petition:{found.Id}");
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        LogDeleted(found.Id);
        return ContactLookupOutcome.Found;
    }

    private sealed record Row(Guid Id, byte[]? ContactName, byte[]? ContactPhone, byte[]? ContactEmail, byte[]? ContactAddress,
        bool ConsentContact, bool ConsentPublish, string? AnswerText, DateTimeOffset? AnsweredAt);

    /// <summary>Null for an unknown code, a wrong number, a throttled code or erased details; a miss is counted
    /// against the code.</summary>
    private async Task<Row?> FindAsync(string? typedCode, string? phone, CancellationToken cancellationToken)
    {
        var code = TrackingCode.Normalise(typedCode);
        if (code is null || guesses.IsBlocked(code))
        {
            return null;
        }
        var normalised = PetitionValidator.NormalisePhone(phone);
        var hash = normalised is null ? null : protector.LookupHash(normalised);
        var row = hash is null
            ? null
            : await db.Petitions.AsNoTracking()
                .Where(p => p.TrackingCode == code && p.ContactPhoneHash == hash)
                .Select(p => new Row(p.Id, p.ContactName, p.ContactPhone, p.ContactEmail, p.ContactAddress, p.ConsentContact, p.ConsentPublish,
                    p.AnswerText, p.AnsweredAt))
                .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            guesses.RecordMiss(code);
        }
        return row;
    }

    private ContactLookup Refusal(string? typedCode) =>
        TrackingCode.Normalise(typedCode) is { } code && guesses.IsBlocked(code) ? ContactLookup.Throttled : ContactLookup.NotFound;

    private string? Unprotect(byte[]? value) => value is null ? null : protector.Unprotect(value);

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition {PetitionId}: the sender deleted their contact details")]
    private partial void LogDeleted(Guid petitionId);
}
