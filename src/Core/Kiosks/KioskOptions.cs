using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Kiosks;

/// <summary>How the counter tablets behave and how their taps are judged.</summary>
public class KioskOptions
{
    public const string Section = "Kiosks";

    /// <summary>How long the thank-you stays before the tablet is back at the start.</summary>
    [Range(1, 600)]
    public int ThanksSeconds { get; set; } = 30;

    /// <summary>A tap is flagged for review when the same kiosk already has this many taps in the
    /// <see cref="BurstWindowSeconds"/> before it: one citizen per ticket cannot tap that fast.</summary>
    [Range(1, 1000)]
    public int BurstTaps { get; set; } = 5;

    [Range(1, 3600)]
    public int BurstWindowSeconds { get; set; } = 30;

    /// <summary>A tablet clock further ahead of the server than this is not believed (minutes).</summary>
    [Range(0, 1440)]
    public int MaxClockAheadMinutes { get; set; } = 10;

    /// <summary>A tap older than this when it arrives is not believed either (days offline).</summary>
    [Range(1, 365)]
    public int MaxTapAgeDays { get; set; } = 30;
}
