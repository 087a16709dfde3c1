namespace CchcFeedback.Core.Surveys;

/// <summary>A choice shown to the citizen, in both languages, with a stable code stored in responses.</summary>
public sealed record SurveyChoice(string Code, string TextVi, string TextEn);

public sealed record SurveyCriterionDefinition(int Number, string TextVi, string TextEn);

public sealed record SurveyElementDefinition(string Code, string NameVi, string NameEn, IReadOnlyList<SurveyCriterionDefinition> Criteria);

/// <summary>Everything a version of the questionnaire asks, stored as JSON in <c>survey_forms</c>: a response
/// always names the version it answered, so wording can change without re-reading old answers.</summary>
public sealed record SurveyFormDefinition(
    int Version,
    IReadOnlyList<SurveyChoice> DissatisfactionReasons,
    IReadOnlyList<SurveyElementDefinition> Elements,
    IReadOnlyList<SurveyChoice> Expectations,
    int MaxExpectations,
    IReadOnlyList<SurveyChoice> RespondentTypes,
    IReadOnlyList<SurveyChoice> Genders,
    IReadOnlyList<SurveyChoice> AgeBands)
{
    public int CriterionCount => Elements.Sum(e => e.Criteria.Count);
}
