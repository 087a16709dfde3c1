using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Petitions.Notifications;

/// <summary>Tells the sender of a petition, in the caller's transaction, that it was received, routed, answered or
/// needs more information: one outbox message each, by e-mail when the citizen gave one, else by SMS, and only
/// when they consented to be contacted. The address stays encrypted in the outbox (its masked form is all that
/// shows) and is decrypted only to mask it here and to send it. Each method is idempotent: the dedupe key names
/// the petition and the step (with its time, so a second routing or answer is a new notice). Returns true when
/// a message was written, so the caller can nudge delivery after committing. A citizen on Zalo (their petition came
/// from Zalo, or they shared the number with the Official Account) gets the phone notices as ZNS messages instead
/// of SMS when a template exists for the kind, and a rating request after the answer.</summary>
public class PetitionNotifications(CchcDbContext db, PersonalDataProtector protector, IOptions<PublicSiteOptions> site, TimeProvider clock,
    IZaloNoticeRoute? zaloRoute = null)
{
    private const string UnnamedDepartment = "Cơ quan giải quyết";

    public async Task<bool> ReceivedAsync(Guid petitionId, CancellationToken cancellationToken = default)
    {
        var petition = await ReadAsync(petitionId, cancellationToken);
        // A petition sent in a chat got its receipt (code and link) as the conversation's reply.
        return petition is { ChannelUser: null } && await AddAsync(petition, "received",
            CitizenMessages.Received(petition.Kind, petition.TrackingCode, Link(petition), Hotline), cancellationToken);
    }

    /// <summary>Once a department has it: not while it waits in triage, whose routing by hand is a new decision
    /// (a new routed time) and so a new notice.</summary>
    public async Task<bool> RoutedAsync(Guid petitionId, CancellationToken cancellationToken = default)
    {
        var petition = await ReadAsync(petitionId, cancellationToken);
        return petition is { RoutedAt: { } routedAt, NeedsTriage: false, Department: { } department } && await AddAsync(petition,
            $"routed:{routedAt.ToUnixTimeMilliseconds()}",
            CitizenMessages.Routed(petition.Kind, petition.TrackingCode, department, petition.DueAt, Link(petition), Hotline), cancellationToken);
    }

    /// <summary>The e-mail carries the answer itself (it is the sender's); the short text only the link.</summary>
    public async Task<bool> AnsweredAsync(Guid petitionId, CancellationToken cancellationToken = default)
    {
        var petition = await ReadAsync(petitionId, cancellationToken);
        if (petition is not { AnsweredAt: { } answeredAt })
        {
            return false;
        }
        var step = $"answered:{answeredAt.ToUnixTimeMilliseconds()}";
        var answered = await AddAsync(petition, step,
            CitizenMessages.Answered(petition.Kind, petition.TrackingCode, petition.Department ?? UnnamedDepartment, petition.AnswerText, Link(petition), Hotline),
            cancellationToken, chatDetail: petition.AnswerText);
        if (ChatOf(petition) is { } chat)
        {
            // In the chat, the rating request is a message with the tracking page, where the rating form is.
            var request = $"Mời ông/bà cho biết ông/bà có hài lòng với câu trả lời cho {PetitionKinds.LowerName(petition.Kind)} "
                + $"{petition.TrackingCode} không, tại: {Link(petition)}";
            return await AddChatAsync(petition, chat, $"rating:{answeredAt.ToUnixTimeMilliseconds()}", "Mời đánh giá câu trả lời", request, cancellationToken) | answered;
        }
        var rating = await AddZaloOnlyAsync(petition, $"rating:{answeredAt.ToUnixTimeMilliseconds()}", ZaloKinds.Rating,
            $"Mời ông/bà đánh giá câu trả lời cho {PetitionKinds.LowerName(petition.Kind)} {petition.TrackingCode}.", cancellationToken);
        return answered || rating;
    }

    /// <summary>The citizen, not satisfied, reopened it: it is back with the department with a new deadline.</summary>
    public async Task<bool> ReopenedAsync(Guid petitionId, CancellationToken cancellationToken = default)
    {
        var petition = await ReadAsync(petitionId, cancellationToken);
        return petition is { ReopenedAt: { } reopenedAt } && await AddAsync(petition, $"{ZaloKinds.Reopened}:{reopenedAt.ToUnixTimeMilliseconds()}",
            CitizenMessages.Reopened(petition.Kind, petition.TrackingCode, petition.Department ?? UnnamedDepartment, petition.DueAt, Link(petition), Hotline),
            cancellationToken);
    }

    /// <param name="requestedAt">When the department asked: each request is its own notice.</param>
    /// <param name="request">What the department asks for, quoted in the e-mail only.</param>
    public async Task<bool> InfoRequestedAsync(Guid petitionId, DateTimeOffset requestedAt, string? request, CancellationToken cancellationToken = default)
    {
        var petition = await ReadAsync(petitionId, cancellationToken);
        return petition is not null && await AddAsync(petition,
            $"info-requested:{requestedAt.ToUnixTimeMilliseconds()}",
            CitizenMessages.InfoRequested(petition.Kind, petition.TrackingCode, petition.Department ?? UnnamedDepartment, request, Link(petition), Hotline),
            cancellationToken);
    }

    /// <summary>For when the citizen's contact details are deleted (their request, or the retention period): the
    /// notices not yet sent are given up and their encrypted address dropped. Returns how many.</summary>
    public Task<int> WithdrawPendingAsync(Guid petitionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var keys = $"{KeyPrefix(petitionId)}%";
        return db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages SET failed_at = {now}, protected_recipient = NULL, last_error = {WithdrawnError}
            WHERE dedupe_key LIKE {keys} AND sent_at IS NULL AND failed_at IS NULL
            """, cancellationToken);
    }

    /// <summary>Why a notice was given up unsent: the sender's contact details were deleted.</summary>
    public const string WithdrawnError = "withdrawn: contact details deleted";

    /// <summary>Every notice of a petition has a dedupe key that starts so (the form <c>ContactErasure</c> matches too).</summary>
    public static string KeyPrefix(Guid petitionId) => $"petition:{petitionId:N}:";

    /// <summary>The petition whose notice this dedupe key names, or null for any other message (staff e-mails).</summary>
    public static Guid? PetitionIdOf(string dedupeKey) =>
        dedupeKey.StartsWith("petition:", StringComparison.Ordinal) && dedupeKey.Length > 42 && dedupeKey[41] == ':'
            && Guid.TryParseExact(dedupeKey.AsSpan(9, 32), "N", out var id) ? id : null;

    /// <summary>For a notice given up and then sent again by a manager (its encrypted address was dropped): the
    /// sender's address for the channel as the petition holds it now, or null when they deleted it or no longer
    /// consent. Locks the petition's row until the caller's transaction ends, so that a deletion of the details
    /// waits, then finds the notice waiting again and withdraws it.</summary>
    public async Task<byte[]?> CurrentAddressAsync(Guid petitionId, OutboxChannel channel, CancellationToken cancellationToken = default)
    {
        var email = channel == OutboxChannel.Email;
        // A chat user is kept only with the sender's agreement to be told there; erasing the contact details drops it.
        var chat = channel is OutboxChannel.ZaloChat or OutboxChannel.Messenger;
        var addresses = await db.Database.SqlQuery<byte[]?>($"""
            SELECT CASE WHEN {chat} THEN protected_channel_user WHEN {email} THEN contact_email ELSE contact_phone END AS "Value"
            FROM petitions WHERE id = {petitionId} AND (consent_contact OR {chat})
            FOR UPDATE
            """).ToListAsync(cancellationToken);
        return addresses.SingleOrDefault();
    }

    private sealed record PetitionFacts(Guid Id, string TrackingCode, PetitionKind Kind, bool ConsentContact, byte[]? Email, byte[]? Phone,
        string? Department, bool NeedsTriage, DateTimeOffset? RoutedAt, DateTimeOffset? DueAt, DateTimeOffset? AnsweredAt, string? AnswerText,
        string Channel, byte[]? PhoneHash, byte[]? ChannelUser, DateTimeOffset? ReopenedAt);

    private string Hotline => site.Value.Hotline;

    private Task<PetitionFacts?> ReadAsync(Guid petitionId, CancellationToken cancellationToken) =>
        db.Petitions.AsNoTracking()
            .Where(p => p.Id == petitionId)
            .Select(p => new PetitionFacts(p.Id, p.TrackingCode, p.Kind, p.ConsentContact, p.ContactEmail, p.ContactPhone,
                p.Department == null ? null : p.Department.NameVi, p.NeedsTriage, p.RoutedAt, p.DueAt, p.AnsweredAt, p.AnswerText, p.Channel, p.ContactPhoneHash,
                p.ProtectedChannelUser, p.ReopenedAt))
            .SingleOrDefaultAsync(cancellationToken);

    private string Link(PetitionFacts petition) => $"{site.Value.BaseUrl.TrimEnd('/')}/track?code={Uri.EscapeDataString(petition.TrackingCode)}";

    /// <summary>A notice that only Zalo carries (the rating request): nothing when the citizen is not on Zalo.</summary>
    private async Task<bool> AddZaloOnlyAsync(PetitionFacts petition, string step, string kind, string text, CancellationToken cancellationToken) =>
        petition is { ConsentContact: true, Phone: not null } && await OnZaloAsync(petition, kind, cancellationToken)
        && await AddZaloAsync(petition, step, kind, text, cancellationToken);

    private async Task<bool> OnZaloAsync(PetitionFacts petition, string kind, CancellationToken cancellationToken) =>
        zaloRoute is not null && zaloRoute.HasTemplate(kind)
        && (petition.Channel == ZaloKinds.Channel || (petition.PhoneHash is { } hash && await zaloRoute.ReachesAsync(hash, cancellationToken)));

    /// <summary>The outbox's subject of a Zalo notice is its kind, which names the ZNS template; the parameters are
    /// the tracking code, the kind of petition, the department and the tracking link.</summary>
    private async Task<bool> AddZaloAsync(PetitionFacts petition, string step, string kind, string text, CancellationToken cancellationToken)
    {
        var masked = ContactMask.Of(OutboxChannel.Zalo, protector.Unprotect(petition.Phone!));
        var data = new Dictionary<string, string>
        {
            ["code"] = petition.TrackingCode,
            ["kind"] = PetitionKinds.Name(petition.Kind),
            ["department"] = petition.Department ?? UnnamedDepartment,
            ["link"] = Link(petition),
        };
        var key = $"{KeyPrefix(petition.Id)}{step}";
        return await OutboxWriter.AddAsync(db, new OutboxDraft(OutboxChannel.Zalo, masked, kind, text, key, petition.Phone, TemplateData: data),
            clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The chat a petition's notices go to: the one it was sent in, when its sender agreed to be told there.</summary>
    private static OutboxChannel? ChatOf(PetitionFacts petition) => petition.ChannelUser is null ? null : petition.Channel switch
    {
        PetitionChannel.Zalo => OutboxChannel.ZaloChat,
        PetitionChannel.Facebook => OutboxChannel.Messenger,
        _ => null,
    };

    /// <summary>A notice to the chat user: the subject as its header, the platform's id stays encrypted in the outbox.</summary>
    private async Task<bool> AddChatAsync(PetitionFacts petition, OutboxChannel chat, string step, string subject, string text, CancellationToken cancellationToken)
    {
        var masked = ContactMask.Of(chat, protector.Unprotect(petition.ChannelUser!));
        var key = $"{KeyPrefix(petition.Id)}{step}";
        return await OutboxWriter.AddAsync(db, new OutboxDraft(chat, masked, TextInput.Cut(subject, 300), text, key, petition.ChannelUser),
            clock.GetUtcNow(), cancellationToken);
    }

    /// <param name="chatDetail">What a chat notice quotes besides the short text (the answer): the chat is the sender's own.</param>
    private async Task<bool> AddAsync(PetitionFacts petition, string step, CitizenMessage message, CancellationToken cancellationToken, string? chatDetail = null)
    {
        if (ChatOf(petition) is { } chat)
        {
            var chatText = string.IsNullOrWhiteSpace(chatDetail)
                ? message.ShortText
                : $"{message.Subject}.\n\n{chatDetail.Trim()}\n\nXem tại: {Link(petition)}";
            return await AddChatAsync(petition, chat, step, message.Subject, chatText, cancellationToken);
        }
        if (!petition.ConsentContact)
        {
            return false;
        }
        var zaloKind = ZaloKinds.Of(step);
        if (zaloKind is not null && petition.Phone is not null && await OnZaloAsync(petition, zaloKind, cancellationToken)
            && (petition.Channel == ZaloKinds.Channel || petition.Email is null))
        {
            return await AddZaloAsync(petition, step, zaloKind, message.ShortText, cancellationToken);
        }
        var (channel, address, text) = petition switch
        {
            { Email: { } email } => (OutboxChannel.Email, email, message.EmailBody),
            { Phone: { } phone } => (OutboxChannel.Sms, phone, message.ShortText),
            _ => (OutboxChannel.Email, null, ""),
        };
        if (address is null)
        {
            return false;
        }
        // The petition's own ciphertext goes into the outbox; decrypted here only to show its masked form.
        var masked = ContactMask.Of(channel, protector.Unprotect(address));
        var subject = TextInput.Cut(message.Subject, 300);
        var key = $"{KeyPrefix(petition.Id)}{step}";
        return await OutboxWriter.AddAsync(db, new OutboxDraft(channel, masked, subject, text, key, address), clock.GetUtcNow(), cancellationToken);
    }
}
