using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Surveys;

/// <summary>Checks a submission against its form version, field by field, before anything is stored.</summary>
public static class SurveySubmissionValidator
{
    public static IReadOnlyList<SurveyFieldError> Validate(SurveySubmission submission, SurveyFormDefinition form)
    {
        var errors = new List<SurveyFieldError>();
        void Fail(string field, LocalizedText message) => errors.Add(new SurveyFieldError(field, message));

        if (submission.SubmissionId == Guid.Empty)
        {
            Fail("submissionId", LocalizedText.Vi("Thiếu mã lượt gửi."));
        }
        if (submission.QuickRating is not { } rating || !Enum.IsDefined(rating))
        {
            Fail("quickRating", LocalizedText.Vi("Xin chọn mức độ hài lòng."));
        }
        if (submission.DissatisfactionReasons.Count > 0 && submission.QuickRating != QuickRating.Dissatisfied)
        {
            Fail("dissatisfactionReasons", LocalizedText.Vi("Chỉ chọn lý do khi không hài lòng."));
        }
        if (!AllKnown(submission.DissatisfactionReasons, form.DissatisfactionReasons))
        {
            Fail("dissatisfactionReasons", LocalizedText.Vi("Lý do không hợp lệ."));
        }
        if (submission.Answers is { } answers)
        {
            if (answers.Count != form.CriterionCount || answers.Any(a => a is < 0 or > 5))
            {
                Fail("answers", LocalizedText.Vi("Cần {0} câu trả lời, mỗi câu từ 1 đến 5 hoặc không áp dụng.", form.CriterionCount));
            }
            else if (answers.All(a => a == 0))
            {
                Fail("answers", LocalizedText.Vi("Xin trả lời ít nhất một tiêu chí."));
            }
        }
        if (submission.Expectations.Count > form.MaxExpectations || submission.Expectations.Distinct().Count() != submission.Expectations.Count)
        {
            Fail("expectations", LocalizedText.Vi("Chọn tối đa {0} mong muốn khác nhau.", form.MaxExpectations));
        }
        else if (!AllKnown(submission.Expectations, form.Expectations))
        {
            Fail("expectations", LocalizedText.Vi("Mong muốn không hợp lệ."));
        }
        if (submission.Comment is { Length: > SurveyLimits.CommentLength })
        {
            Fail("comment", LocalizedText.Vi("Ý kiến dài quá {0} ký tự.", SurveyLimits.CommentLength));
        }
        TextInput.Check(submission.Comment, freeText: true, "comment",
            LocalizedText.Vi("Ý kiến có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), Fail);
        CodeInput.Check(submission.DossierCode, SurveyLimits.DossierCodeLength, "dossierCode", CodeInput.Dossier, Fail);
        CheckChoice(submission.RespondentType, form.RespondentTypes, "respondentType", Fail);
        CheckChoice(submission.Gender, form.Genders, "gender", Fail);
        CheckChoice(submission.AgeBand, form.AgeBands, "ageBand", Fail);
        return errors;
    }

    private static bool AllKnown(IEnumerable<string> codes, IReadOnlyList<SurveyChoice> choices) =>
        codes.All(code => choices.Any(c => c.Code == code));

    private static void CheckChoice(string? code, IReadOnlyList<SurveyChoice> choices, string field, Action<string, LocalizedText> fail)
    {
        if (!string.IsNullOrEmpty(code) && choices.All(c => c.Code != code))
        {
            fail(field, LocalizedText.Vi("Lựa chọn không hợp lệ."));
        }
    }
}
