namespace CchcFeedback.Core.Localization;

/// <summary>What a length check says about one field: empty, too short ({0} the minimum), too long ({0} the
/// length, {1} the maximum). Each sentence is written whole, so the resx translates it whole.</summary>
public sealed record LengthWords(LocalizedText Missing, LocalizedText TooShort, LocalizedText TooLong);
