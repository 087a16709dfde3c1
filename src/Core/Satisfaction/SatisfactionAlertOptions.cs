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

    /// <summary>The fall in the satisfied share (0.10 = 10 points) the chart is tuned to catch fastest; smaller falls
    /// are caught later, larger ones sooner.</summary>
    [Range(0.02, 0.5)]
    public double DesignDrop { get; set; } = 0.10;
}
