using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Channels;

/// <summary>Section <c>Channels</c>: how long the channels keep who talked to the Office.</summary>
public class ChannelRetentionOptions
{
    public const string Section = "Channels";

    /// <summary>A person quiet this many days is forgotten (their row, and with it a shared phone number's link), as
    /// are the processed events older than that. Someone who unfollowed is forgotten at the next run.</summary>
    [Range(1, 3650, ErrorMessage = "Channels:UserRetentionDays must be between 1 and 3650 days.")]
    public int UserRetentionDays { get; set; } = 180;
}
