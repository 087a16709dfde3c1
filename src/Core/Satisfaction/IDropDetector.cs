namespace CchcFeedback.Core.Satisfaction;

/// <summary>A detector of sustained drops in one unit's daily quick ratings (docs/adr/0013-sustained-drop-alerts.md):
/// stateless, so that the alert job can replay it after every fold.</summary>
public interface IDropDetector
{
    /// <summary>The first day the days passed to <see cref="Detect"/> must cover.</summary>
    DateOnly FirstDayNeeded(DateOnly today);

    /// <summary>The signals in the last complete week and the current one, and an earlier one whose drop is still
    /// going on; one per episode.</summary>
    IReadOnlyList<SustainedDrop> Detect(IReadOnlyCollection<DayCount> days, DateOnly today);
}
