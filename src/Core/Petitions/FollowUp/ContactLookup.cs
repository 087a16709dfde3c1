namespace CchcFeedback.Core.Petitions.FollowUp;

public enum ContactLookupOutcome
{
    Found,

    /// <summary>Unknown code, wrong phone number or details already erased: one answer for all, so that the
    /// page cannot be used to learn which codes exist or which number sent one.</summary>
    NotFound,

    /// <summary>Too many wrong numbers for this code lately.</summary>
    Throttled,
}

/// <summary>The sender's own view, once code and phone number match: their contact details and the answer,
/// published or not.</summary>
public sealed record ContactView(PetitionContact Contact, string? Answer, DateTimeOffset? AnsweredAt);

public sealed record ContactLookup(ContactLookupOutcome Outcome, ContactView? View = null)
{
    public static readonly ContactLookup NotFound = new(ContactLookupOutcome.NotFound);
    public static readonly ContactLookup Throttled = new(ContactLookupOutcome.Throttled);
}
