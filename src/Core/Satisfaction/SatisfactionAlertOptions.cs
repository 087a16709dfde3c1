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
}
