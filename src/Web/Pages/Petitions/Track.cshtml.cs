using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Touchpoints;
using CchcFeedback.Web.Infrastructure;
using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>Where a petition stands, by its tracking code: status in plain words, the department once routed,
/// the deadline, the published answer and the public steps of its history. Nothing about who sent it. Once
/// answered, the holder of the code rates the answer or reopens the petition (forms that need no JavaScript,
/// posted back here and redirected). Look-ups and posts are rate-limited per address.</summary>
[EnableRateLimiting(RateLimiting.PetitionLookupPolicy)]
public class TrackModel(PetitionReader reader, CitizenFollowUp followUp, IOptions<PublicSiteOptions> site, TimeProvider clock) : PageModel
{
    public const string Rated = "rated";
    public const string Reopened = "reopened";

    public string? Code { get; private set; }

    public PetitionTracking? Petition { get; private set; }

    public FollowUpState? FollowUp { get; private set; }

    public IReadOnlyList<PublicEvent> Timeline { get; private set; } = [];

    /// <summary>A code was entered but is not a valid one (the check character caught a typo).</summary>
    public bool Malformed { get; private set; }

    /// <summary>What was just done (<see cref="Rated"/>, <see cref="Reopened"/>), after the redirect.</summary>
    public string? Done { get; private set; }

    /// <summary>Why the last rating or reopening was not taken.</summary>
    public FollowUpOutcome? Refused { get; private set; }

    /// <summary>A rating was posted without a verdict (satisfied or not).</summary>
    public bool RatingMissing { get; private set; }

    /// <summary>The reason as typed, kept when it must be corrected.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public string Hotline => site.Value.Hotline;

    public string HotlineDialable => site.Value.HotlineDialable;

    public async Task OnGetAsync(string? code, string? done, CancellationToken cancellationToken)
    {
        Done = done is Rated or Reopened ? done : null;
        await LoadAsync(code, cancellationToken);
    }

    /// <param name="satisfied">Nullable so that a value that is neither true nor false, or none, is refused: a plain
    /// bool would bind it as false and record "not satisfied".</param>
    public async Task<IActionResult> OnPostRateAsync(string? code, bool? satisfied, CancellationToken cancellationToken)
    {
        if (satisfied is not { } verdict)
        {
            RatingMissing = true;
            await LoadAsync(code, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await AfterAsync(code, await followUp.RateAsync(code, verdict, cancellationToken), Rated, cancellationToken);
    }

    public async Task<IActionResult> OnPostReopenAsync(string? code, string? reason, CancellationToken cancellationToken)
    {
        Reason = reason;
        return await AfterAsync(code, await followUp.ReopenAsync(code, reason, cancellationToken), Reopened, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string? code, FollowUpOutcome outcome, string done, CancellationToken cancellationToken)
    {
        if (outcome == FollowUpOutcome.Done)
        {
            return Redirect($"/track?code={Uri.EscapeDataString(TrackingCode.Normalise(code)!)}&done={done}");
        }
        Refused = outcome;
        await LoadAsync(code, cancellationToken);
        if (Petition is not null)
        {
            Response.StatusCode = outcome == FollowUpOutcome.ReasonInvalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        }
        return Page();
    }

    private async Task LoadAsync(string? code, CancellationToken cancellationToken)
    {
        PrivateResponses.NoStore(Response);
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }
        Code = code.Trim();
        if (!TrackingCode.IsValid(Code))
        {
            Malformed = true;
            return;
        }
        Petition = await reader.TrackAsync(Code, cancellationToken);
        if (Petition is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        FollowUp = await followUp.StateAsync(Code, cancellationToken);
        Timeline = FollowUp is null ? [] : await followUp.TimelineAsync(FollowUp.PetitionId, cancellationToken);
    }
}
