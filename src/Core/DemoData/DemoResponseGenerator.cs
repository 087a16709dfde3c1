using System.Buffers.Binary;
using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.DemoData;

/// <summary>Synthetic survey responses for demonstrations and benchmarks, streamed in time order and never held
/// in memory. The same settings give the same rows, with the same ids.</summary>
public static class DemoResponseGenerator
{
    /// <summary>The channel of every demo response: <c>DELETE FROM survey_responses WHERE channel = 'demo'</c>
    /// removes them all.</summary>
    public const string Channel = Surveys.SurveyChannels.Demo;

    /// <summary>The land and construction counter of Đông Hà's commune center loses staff in the last weeks: its
    /// satisfaction falls well below its own past, so the control-chart alert has something to find.</summary>
    public const string WorseningCounterCode = "TT_DONGHA-DDXD";
    public const int WorseningWeeks = 6;

    // The province's satisfaction improves gently over the period (logit +0.5, about 83% to 89%).
    private const double ProvinceTrendLogit = 0.5;
    private const double DeclineLogit = 2.0;
    private const double DeclineDeepening = 0.8;

    public static IEnumerable<SurveyResponse> Generate(IReadOnlyList<DemoPlace> places, DemoResponseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(places);
        settings.Validate();
        if (places.Count == 0)
        {
            throw new ArgumentException("There is no touchpoint to file responses under: import the catalog first.", nameof(places));
        }
        return Stream(places, settings);
    }

    /// <summary>The first day of the worsening counter's decline, for a run at <paramref name="now"/>.</summary>
    public static DateOnly WorseningFrom(DateTimeOffset now) => VietnamTime.DateOf(now).AddDays(-7 * WorseningWeeks);

    /// <summary>A version-8 (custom layout) UUID: the seed, then the response's number, so that a rerun with the
    /// same seed produces the same ids and inserts nothing new, and a new seed never collides with an old one.</summary>
    public static Guid IdOf(int seed, long index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt32BigEndian(bytes, seed);
        bytes[6] = 0x80;
        bytes[8] = 0x80;
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, index);
        number[2..].CopyTo(bytes[10..]);
        return new Guid(bytes, bigEndian: true);
    }

    private static IEnumerable<SurveyResponse> Stream(IReadOnlyList<DemoPlace> places, DemoResponseSettings settings)
    {
        var random = new Random(settings.Seed);
        var profiles = places.Select(p => DemoPlaceProfile.Create(p, random)).ToList();
        var choosePlace = new WeightedChoice<DemoPlaceProfile>(profiles.Select(p => (p, p.Traffic)));
        var today = VietnamTime.DateOf(settings.Now);
        var first = today.AddMonths(-settings.Months);
        var days = today.DayNumber - first.DayNumber;
        var worseningFrom = WorseningFrom(settings.Now);
        long index = 0;
        // Up to yesterday: a response of today could lie in the future.
        foreach (var (date, count) in DemoTimetable.Days(first, today.AddDays(-1), settings.Responses))
        {
            var progress = DemoTimetable.Progress(date.DayNumber - first.DayNumber, days);
            var decline = (date.DayNumber - worseningFrom.DayNumber) / (7.0 * WorseningWeeks);
            var midnight = VietnamTime.StartOf(date);
            foreach (var time in DemoTimetable.TimesOfDay(date, count, random))
            {
                var profile = choosePlace.Pick(random);
                var declining = profile.IsWorsening && decline >= 0;
                var logit = profile.SatisfactionLogit + ProvinceTrendLogit * progress - (declining ? DeclineLogit + DeclineDeepening * decline : 0);
                var response = Quick(settings.Seed, index++, profile, (midnight + time).ToUniversalTime(), 1 / (1 + Math.Exp(-logit)), declining, random);
                if (random.NextDouble() < (response.QuickRating == QuickRating.Dissatisfied ? 0.38 : 0.28))
                {
                    DemoAnswers.FillFullForm(response, profile, random);
                }
                yield return response;
            }
        }
    }

    private static SurveyResponse Quick(int seed, long index, DemoPlaceProfile profile, DateTimeOffset submittedAt, double satisfied, bool understaffed, Random random)
    {
        var place = profile.Place;
        var rating = random.NextDouble() >= satisfied ? QuickRating.Dissatisfied
            : random.NextDouble() < Math.Clamp(0.2 + 0.6 * (satisfied - 0.5), 0.1, 0.55) ? QuickRating.VerySatisfied
            : QuickRating.Satisfied;
        var reasons = rating != QuickRating.Dissatisfied ? []
            : (understaffed ? DemoTexts.UnderstaffedReasons : DemoTexts.Reasons).PickDistinct(random, ReasonCount(random));
        int? procedureId = place.ProcedureIds.Count > 0 && random.NextDouble() < 0.9 ? place.ProcedureIds[random.Next(place.ProcedureIds.Count)] : null;
        // Shaped like the national portal's codes; the seed and number keep them unique.
        var dossierCode = random.NextDouble() < (procedureId is null ? 0.1 : 0.45)
            ? $"000.00.{seed}.H47-{VietnamTime.DateOf(submittedAt).ToString("yyMMdd", CultureInfo.InvariantCulture)}-{index:D6}"
            : null;
        return new SurveyResponse
        {
            Id = IdOf(seed, index),
            FormVersion = SipasForm.Version,
            TouchpointId = place.TouchpointId,
            CenterId = place.CenterId,
            CounterId = place.CounterId,
            DepartmentId = place.DepartmentId,
            ProcedureId = procedureId,
            DossierCode = dossierCode,
            Channel = Channel,
            SubmittedAt = submittedAt,
            QuickRating = rating,
            DissatisfactionReasons = reasons,
        };
    }

    private static int ReasonCount(Random random) => random.NextDouble() switch
    {
        < 0.65 => 1,
        < 0.93 => 2,
        _ => 3,
    };
}
