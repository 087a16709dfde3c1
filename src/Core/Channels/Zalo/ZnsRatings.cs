using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>A rating given on a ZNS rating template. It rates the answer of the petition the message was about, and,
/// when that petition came from a counter's QR code, it is also that counter's quick rating of channel <c>zalo</c>:
/// stored once per rating message (the message's id is the submission id), its id kept in the petition's "rated" event.</summary>
public class ZnsRatings(CchcDbContext db, SurveyService surveys, CitizenFollowUp followUp)
{
    private sealed record RatedPetition(Guid MessageId, string TrackingCode, int? TouchpointId);

    /// <summary>Zalo's template has five stars: five is "rất hài lòng", four "hài lòng", fewer "chưa hài lòng" (the web
    /// form's answer rating splits satisfied at four, too).</summary>
    public static QuickRating FromStars(int stars) => stars switch
    {
        >= 5 => QuickRating.VerySatisfied,
        4 => QuickRating.Satisfied,
        _ => QuickRating.Dissatisfied,
    };

    /// <summary>Null when the tracking id names no rating message of a petition.</summary>
    public async Task<FollowUpOutcome?> RecordAsync(string? trackingId, int stars, string userId, CancellationToken cancellationToken)
    {
        if (await RatedPetitionAsync(trackingId, cancellationToken) is not { } rated)
        {
            return null;
        }
        var responseId = await CounterRatingAsync(rated, stars, userId, cancellationToken);
        return await followUp.RateAsync(rated.TrackingCode, satisfied: stars >= 4, cancellationToken, responseId);
    }

    private async Task<Guid?> CounterRatingAsync(RatedPetition rated, int stars, string userId, CancellationToken cancellationToken)
    {
        if (rated.TouchpointId is not { } touchpointId
            || await db.Touchpoints.AsNoTracking().Where(t => t.Id == touchpointId).Select(t => t.Token).SingleOrDefaultAsync(cancellationToken) is not { } token)
        {
            return null;
        }
        var result = await surveys.SubmitAsync(token, new SurveySubmission { SubmissionId = rated.MessageId, QuickRating = FromStars(stars) },
            SurveyChannels.Zalo, $"{ChannelNames.Zalo}:{userId}", cancellationToken);
        return result.Outcome is SurveySubmitOutcome.Created or SurveySubmitOutcome.AlreadyStored ? result.ResponseId : null;
    }

    /// <summary>A ZNS message's tracking id is the outbox message's id, whose dedupe key names the petition.</summary>
    private async Task<RatedPetition?> RatedPetitionAsync(string? trackingId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(trackingId, "N", out var messageId)
            || await db.OutboxMessages.AsNoTracking().Where(m => m.Id == messageId).Select(m => m.DedupeKey).SingleOrDefaultAsync(cancellationToken) is not { } key
            || PetitionNotifications.PetitionIdOf(key) is not { } petitionId)
        {
            return null;
        }
        return await db.Petitions.AsNoTracking().Where(p => p.Id == petitionId)
            .Select(p => new RatedPetition(messageId, p.TrackingCode, p.TouchpointId)).SingleOrDefaultAsync(cancellationToken);
    }
}
