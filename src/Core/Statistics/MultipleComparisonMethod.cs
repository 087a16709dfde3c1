namespace CchcFeedback.Core.Statistics;

public enum MultipleComparisonMethod
{
    /// <summary>Holm's step-down method: controls the family-wise error rate.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg step-up method: controls the false discovery rate.</summary>
    BenjaminiHochberg,
}
