using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Surveys;

/// <summary>A problem with one field of a submission, in Vietnamese that the hosts translate
/// (<see cref="LocalizedText"/>). <see cref="Field"/> is the camelCase name of the submission property (the Api's
/// field name).</summary>
public sealed record SurveyFieldError(string Field, LocalizedText Message);
