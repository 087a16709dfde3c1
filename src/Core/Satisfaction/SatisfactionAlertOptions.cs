using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The drop alerts' settings (configuration section "Alerts"); the chart's limits are derived from them
/// (docs/adr/0013-sustained-drop-alerts.md).</summary>
public class SatisfactionAlertOptions
{
    public const string Section = "Alerts";

    /// <summary>False alerts a director accepts per counter (or department) and year on a unit whose satisfaction
    /// has not changed: the in-control run length is 52 weeks divided by this.</summary>
    [Range(0.05, 12)]
    public double FalseAlarmsPerUnitYear { get; set; } = 1;

    /// <summary>The fall in the satisfied share (0.08 = 8 points) the chart's steps are tuned to; smaller falls are
    /// caught later, larger ones sooner. A little under the 10 points a director wants caught within two weeks:
    /// that catches more of them within the fortnight (docs/adr/0013-sustained-drop-alerts.md).</summary>
    [Range(0.02, 0.5)]
    public double DesignDrop { get; set; } = 0.08;

    /// <summary>Which detector the alert job runs: <see cref="DropDetectorKind.Cusum"/> (the Bernoulli CUSUM) or
    /// <see cref="DropDetectorKind.Windows"/> (the pooled test of the last 7, 14 and 28 days against the 12 weeks
    /// before each; docs/adr/0013-sustained-drop-alerts.md).</summary>
    public DropDetectorKind Detector { get; set; } = DropDetectorKind.Cusum;
}

/// <summary>The drop detectors the alert job can run (setting <c>Alerts:Detector</c>).</summary>
public enum DropDetectorKind
{
    Cusum,
    Windows,
}
