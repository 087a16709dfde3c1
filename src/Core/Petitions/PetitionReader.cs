using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions;

/// <summary>Reads petitions for the public: by tracking code, as lists for integrations, and the sender's own
/// contact details for a sender who has both the code and the phone number.</summary>
public class PetitionReader(CchcDbContext db, PersonalDataProtector protector)
{
    /// <summary>Null for anything that is not a valid code (a typo is caught by the check character before any
    /// query) and for codes that do not exist.</summary>
    public async Task<PetitionTracking?> TrackAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalise(typedCode);
        return code is null ? null : (await QueryAsync(db.Petitions.Where(p => p.TrackingCode == code).OrderBy(p => p.Id), 1, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Petitions by codes, or else those <paramref name="scope"/> may see, newest first.</summary>
    public Task<List<PetitionTracking>> ListAsync(PetitionListFilter filter, DepartmentScope scope, CancellationToken cancellationToken = default)
    {
        var petitions = db.Petitions.AsQueryable();
        if (filter.TrackingCodes is { Count: > 0 } typed)
        {
            var codes = typed.Select(TrackingCode.Normalise).OfType<string>().ToList();
            petitions = petitions.Where(p => codes.Contains(p.TrackingCode));
        }
        else
        {
            petitions = petitions.VisibleIn(scope);
        }
        if (filter.Kind is { } kind)
        {
            petitions = petitions.Where(p => p.Kind == kind);
        }
        if (filter.Open is { } open)
        {
            petitions = open
                ? petitions.Where(p => PetitionService.OpenStatuses.Contains(p.Status))
                : petitions.Where(p => !PetitionService.OpenStatuses.Contains(p.Status));
        }
        if (filter.From is { } from)
        {
            petitions = petitions.Where(p => p.ReceivedAt >= from);
        }
        if (filter.To is { } to)
        {
            petitions = petitions.Where(p => p.ReceivedAt <= to);
        }
        return QueryAsync(petitions.OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Id), filter.Limit, cancellationToken);
    }

    /// <summary>The sender's contact details, when the phone number matches the keyed hash stored with the petition.</summary>
    public async Task<PetitionContact?> ContactAsync(string? typedCode, string? phone, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalise(typedCode);
        var normalised = PetitionValidator.NormalisePhone(phone);
        if (code is null || normalised is null)
        {
            return null;
        }
        var hash = protector.LookupHash(normalised);
        var row = await db.Petitions.AsNoTracking()
            .Where(p => p.TrackingCode == code && p.ContactPhoneHash == hash)
            .Select(p => new { p.ContactName, p.ContactPhone, p.ContactEmail, p.ContactAddress, p.ConsentContact, p.ConsentPublish })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new PetitionContact(Unprotect(row.ContactName), Unprotect(row.ContactPhone), Unprotect(row.ContactEmail), Unprotect(row.ContactAddress),
                row.ConsentContact, row.ConsentPublish);
    }

    private string? Unprotect(byte[]? value) => value is null ? null : protector.Unprotect(value);

    // Ordered, so that the limit keeps the same rows every time (and EF has no row limit without an order to warn of).
    private static Task<List<PetitionTracking>> QueryAsync(IOrderedQueryable<Petition> petitions, int limit, CancellationToken cancellationToken) =>
        petitions.AsNoTracking().Take(limit)
            .Select(p => new PetitionTracking(
                p.TrackingCode, p.Kind, p.FiledKind, p.Status, p.ReceivedAt,
                p.AnswerPublishedAt ?? p.AnsweredAt ?? p.RoutedAt ?? p.ReceivedAt,
                p.Center == null ? null : p.Center.Code,
                p.Center == null ? null : p.Center.NameVi,
                p.Department == null ? null : p.Department.Code,
                p.Department == null ? null : p.Department.NameVi,
                p.NeedsTriage, p.DueAt,
                p.AnswerPublishedAt == null ? null : p.AnswerText,
                p.AnswerPublishedAt, p.Supporters))
            .ToListAsync(cancellationToken);
}
