namespace CchcFeedback.Core.Satisfaction;

/// <summary>The kinds of unit that figures can be broken down by and compared across.</summary>
public enum SatisfactionUnitKind
{
    Center,
    Counter,
    Department,
    Procedure,
}
