namespace CchcFeedback.Core.DemoData;

/// <summary>What makes one place differ from another in the demo: how busy it is, how satisfied its citizens
/// usually are (a logit), and which SIPAS elements it does better or worse on.</summary>
internal sealed record DemoPlaceProfile(DemoPlace Place, double Traffic, double SatisfactionLogit, double[] ElementOffsets, bool IsWorsening)
{
    // Civil status, residence and land bring the most people to a one-stop shop.
    private static readonly HashSet<string> BusyFields = ["HOTICH", "CUTRU", "DATDAI"];

    public static DemoPlaceProfile Create(DemoPlace place, Random random)
    {
        var worsening = place.CounterCode == DemoResponseGenerator.WorseningCounterCode;
        var traffic = place.CounterId is null ? 0.3 : place.FieldCodes.Count == 0 ? 0.6 : 1.0;
        traffic *= place.AtProvinceCenter ? 1.4 : 1;
        traffic *= place.FieldCodes.Any(BusyFields.Contains) ? 1.6 : 1;
        // Busy enough for weekly control-chart checks (at least 10 answers a week) with the default 20,000.
        traffic *= worsening ? 2.5 : 0.7 + 0.6 * random.NextDouble();

        // Logit 1.6 is about 83% satisfied; the spread gives counters from about 55% to 95%.
        var logit = worsening ? 2.0 : Math.Clamp(1.6 + 0.7 * random.NextGaussian(), 0.2, 3.0);
        var offsets = Enumerable.Range(0, 5).Select(_ => 0.2 * random.NextGaussian()).ToArray();
        if (!place.AtProvinceCenter)
        {
            offsets[0] -= 0.2; // commune centers have older buildings and equipment
        }
        return new DemoPlaceProfile(place, traffic, logit, offsets, worsening);
    }
}
