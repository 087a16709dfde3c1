using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Notifications;

/// <summary>How <see cref="OutboxDeliveryJob"/> claims, retries and gives up.</summary>
public class OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    /// <summary>Messages claimed at a time: small, so that a second run or worker shares the work.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts before a message is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first failure; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed message stays with the run that claimed it; after that, a run that died is
    /// presumed dead and another tries again. Longer than any one send may take (MailKit gives up after 2 minutes).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FirstRetryDelay <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Outbox:FirstRetryDelay must be positive.", [nameof(FirstRetryDelay)]);
        }
        if (MaxRetryDelay < FirstRetryDelay)
        {
            yield return new ValidationResult("Outbox:MaxRetryDelay must be at least Outbox:FirstRetryDelay.", [nameof(MaxRetryDelay)]);
        }
        if (ClaimTimeout < TimeSpan.FromMinutes(3))
        {
            yield return new ValidationResult("Outbox:ClaimTimeout must be at least 3 minutes, longer than one send may take.", [nameof(ClaimTimeout)]);
        }
    }
}
