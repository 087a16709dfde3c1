using System.ComponentModel;
using System.Globalization;
using CchcFeedback.Core.Kiosks;
using CchcFeedback.Core.Surveys;

namespace CchcFeedback.WebHosting.Kiosks;

/// <summary>A batch of taps a counter tablet sends with its key in <c>X-Kiosk-Key</c>.</summary>
public record KioskBatchRequest([property: Description("The taps, at most 200")] IReadOnlyList<KioskTapRequest?>? Taps);

/// <summary>One tap. Values are read leniently so that one bad tap is refused alone, not the whole batch.</summary>
/// <param name="ClientId">A UUID the tablet made for the tap once; sending it again stores nothing new.</param>
/// <param name="Sequence">The tablet's own counter of taps, from 0.</param>
/// <param name="LocalTime">The tablet's clock at the tap, ISO 8601 with its offset.</param>
/// <param name="QuickRating">very_satisfied, satisfied or dissatisfied.</param>
/// <param name="Reasons">Codes of the reasons, only with a dissatisfied rating (the phone page's codes).</param>
/// <param name="Answers">Optional full SIPAS form: 22 numbers in criterion order, 1–5, or 0 for "không áp dụng".</param>
public record KioskTapRequest(string? ClientId, long? Sequence, string? LocalTime, string? QuickRating, IReadOnlyList<string>? Reasons, IReadOnlyList<short>? Answers)
{
    public KioskTapSubmission ToSubmission() => new(
        Guid.TryParse(ClientId, out var id) ? id : Guid.Empty,
        Sequence,
        DateTimeOffset.TryParse(LocalTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && HasOffset(LocalTime!) ? at : null,
        QuickRating switch
        {
            "very_satisfied" => Core.Surveys.QuickRating.VerySatisfied,
            "satisfied" => Core.Surveys.QuickRating.Satisfied,
            "dissatisfied" => Core.Surveys.QuickRating.Dissatisfied,
            _ => null,
        },
        Reasons?.Where(r => r is not null).ToArray() ?? [],
        Answers);

    // A time without its offset would be read in the server's zone: refuse it rather than guess.
    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.Length > 6 && text[^6] is '+' or '-';
}

/// <summary>What the server has of the batch: stored now, stored before, refused (with the fields at fault).</summary>
public record KioskBatchResponse(IReadOnlyList<Guid> Accepted, IReadOnlyList<Guid> AlreadyStored, IReadOnlyList<KioskTapRefusal> Rejected);

/// <param name="Index">The tap's position in the batch.</param>
/// <param name="ClientId">The tap's id as sent (null when it was missing).</param>
public record KioskTapRefusal(int Index, string? ClientId, IDictionary<string, string[]> Errors);

/// <summary>What the paired tablet shows.</summary>
public record KioskDeviceResponse(string Name, string CounterCode, string CounterName, string CenterName, int ThanksSeconds, SurveyFormDefinition Form);
