namespace CchcFeedback.Core.DemoData;

internal static class DemoRandom
{
    /// <summary>A standard normal draw (Box–Muller), from the same seeded generator as everything else.</summary>
    public static double NextGaussian(this Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
