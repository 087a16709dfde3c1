namespace CchcFeedback.Core.Satisfaction;

public enum AlertUnitKind
{
    Counter,
    Department,
}
