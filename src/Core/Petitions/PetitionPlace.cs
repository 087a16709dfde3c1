using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions;

/// <summary>The center, counter and procedure a petition is filed under, from its <see cref="PetitionOrigin"/>.</summary>
internal sealed record PetitionPlace(
    PetitionSubmitOutcome? Outcome,
    IReadOnlyList<PetitionFieldError> Errors,
    int? TouchpointId = null,
    int? CenterId = null,
    int? CounterId = null,
    int? ProcedureId = null)
{
    public static async Task<PetitionPlace> ResolveAsync(CchcDbContext db, TouchpointLookup touchpoints, PetitionOrigin origin, CancellationToken cancellationToken)
    {
        if (origin.TouchpointToken is { } token)
        {
            var place = await touchpoints.FindAsync(token, cancellationToken);
            return place switch
            {
                null => new PetitionPlace(PetitionSubmitOutcome.UnknownTouchpoint, []),
                { IsActive: false } => new PetitionPlace(PetitionSubmitOutcome.RevokedTouchpoint, []),
                _ => new PetitionPlace(null, [], place.Id, place.CenterId, place.CounterId, place.ProcedureId),
            };
        }
        if (PetitionValidator.Clean(origin.CenterCode) is { } code)
        {
            var unreadable = new List<PetitionFieldError>();
            TextInput.Check(code, freeText: false, "centerCode",
                LocalizedText.Vi("Mã trung tâm có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."),
                (field, message) => unreadable.Add(new(field, message)));
            if (unreadable.Count > 0)
            {
                return new PetitionPlace(null, unreadable);
            }
            var centerId = await db.ServiceCenters.Where(c => c.Code == code).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
            return centerId is null
                ? new PetitionPlace(null, [new PetitionFieldError("centerCode", LocalizedText.Vi("Không có trung tâm mã \"{0}\".", code))])
                : new PetitionPlace(null, [], CenterId: centerId);
        }
        return new PetitionPlace(null, []);
    }
}
