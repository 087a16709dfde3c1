namespace CchcFeedback.Core.Statistics;

/// <summary>One of the 22 criteria, numbered 1..22 across the form, under element E1..E5.</summary>
public sealed record SipasCriterion(int Number, string ElementCode, string TextVi, string TextEn);
