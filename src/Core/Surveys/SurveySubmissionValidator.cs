using System.Text.RegularExpressions;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Surveys;

/// <summary>Checks a submission against its form version, field by field, before anything is stored.</summary>
public static partial class SurveySubmissionValidator
{
    public static IReadOnlyList<SurveyFieldError> Validate(SurveySubmission submission, SurveyFormDefinition form)
    {
        var errors = new List<SurveyFieldError>();
        void Fail(string field, string vi, string en) => errors.Add(new SurveyFieldError(field, vi, en));

        if (submission.SubmissionId == Guid.Empty)
        {
            Fail("submissionId", "Thiếu mã lượt gửi.", "The submission id is missing.");
        }
        if (submission.QuickRating is not { } rating || !Enum.IsDefined(rating))
        {
            Fail("quickRating", "Xin chọn mức độ hài lòng.", "Please choose how satisfied you are.");
        }
        if (submission.DissatisfactionReasons.Count > 0 && submission.QuickRating != QuickRating.Dissatisfied)
        {
            Fail("dissatisfactionReasons", "Chỉ chọn lý do khi không hài lòng.", "Reasons are only for a dissatisfied rating.");
        }
        if (!AllKnown(submission.DissatisfactionReasons, form.DissatisfactionReasons))
        {
            Fail("dissatisfactionReasons", "Lý do không hợp lệ.", "Unknown reason.");
        }
        if (submission.Answers is { } answers)
        {
            if (answers.Count != form.CriterionCount || answers.Any(a => a is < 0 or > 5))
            {
                Fail("answers", $"Cần {form.CriterionCount} câu trả lời, mỗi câu từ 1 đến 5 hoặc không áp dụng.",
                    $"Expected {form.CriterionCount} answers, each 1 to 5 or not applicable.");
            }
            else if (answers.All(a => a == 0))
            {
                Fail("answers", "Xin trả lời ít nhất một tiêu chí.", "Please answer at least one criterion.");
            }
        }
        if (submission.Expectations.Count > form.MaxExpectations || submission.Expectations.Distinct().Count() != submission.Expectations.Count)
        {
            Fail("expectations", $"Chọn tối đa {form.MaxExpectations} mong muốn khác nhau.", $"Choose at most {form.MaxExpectations} different expectations.");
        }
        else if (!AllKnown(submission.Expectations, form.Expectations))
        {
            Fail("expectations", "Mong muốn không hợp lệ.", "Unknown expectation.");
        }
        if (submission.Comment is { Length: > SurveyLimits.CommentLength })
        {
            Fail("comment", $"Ý kiến dài quá {SurveyLimits.CommentLength} ký tự.", $"The comment is longer than {SurveyLimits.CommentLength} characters.");
        }
        TextInput.Check(submission.Comment, freeText: true, "comment", "Ý kiến", "The comment", Fail);
        if (submission.DossierCode is { Length: > 0 } dossier && (dossier.Length > SurveyLimits.DossierCodeLength || !DossierCodePattern().IsMatch(dossier)))
        {
            Fail("dossierCode", "Mã hồ sơ chỉ gồm chữ, số và các dấu - _ . /", "A dossier code has only letters, digits and - _ . /");
        }
        CheckChoice(submission.RespondentType, form.RespondentTypes, "respondentType", Fail);
        CheckChoice(submission.Gender, form.Genders, "gender", Fail);
        CheckChoice(submission.AgeBand, form.AgeBands, "ageBand", Fail);
        return errors;
    }

    private static bool AllKnown(IEnumerable<string> codes, IReadOnlyList<SurveyChoice> choices) =>
        codes.All(code => choices.Any(c => c.Code == code));

    private static void CheckChoice(string? code, IReadOnlyList<SurveyChoice> choices, string field, Action<string, string, string> fail)
    {
        if (!string.IsNullOrEmpty(code) && choices.All(c => c.Code != code))
        {
            fail(field, "Lựa chọn không hợp lệ.", "Unknown choice.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/\-]*$")]
    private static partial Regex DossierCodePattern();
}
