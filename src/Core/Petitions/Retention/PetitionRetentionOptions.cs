using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Petitions.Retention;

/// <summary>How long personal data is kept (PETITIONS.md, Personal data), bound from <see cref="Section"/>.</summary>
public class PetitionRetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Contact details are erased this many months after the petition was closed.</summary>
    [Range(1, 240, ErrorMessage = "Retention:ContactMonthsAfterClosing must be between 1 and 240 months.")]
    public int ContactMonthsAfterClosing { get; set; } = 24;
}
