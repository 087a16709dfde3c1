using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Tests.Surveys;

public class SurveySubmissionValidatorTests
{
    private static readonly SurveySubmission Valid = new() { SubmissionId = Guid.NewGuid(), QuickRating = QuickRating.Satisfied };

    public static TheoryData<string, SurveySubmission> Invalid => new()
    {
        { "submissionId", Valid with { SubmissionId = Guid.Empty } },
        { "quickRating", Valid with { QuickRating = null } },
        { "quickRating", Valid with { QuickRating = (QuickRating)7 } },
        { "dissatisfactionReasons", Valid with { DissatisfactionReasons = ["waited_long"] } },
        { "dissatisfactionReasons", Valid with { QuickRating = QuickRating.Dissatisfied, DissatisfactionReasons = ["bad_weather"] } },
        { "answers", Valid with { Answers = [5, 4] } },
        { "answers", Valid with { Answers = [.. Enumerable.Repeat((short)6, 22)] } },
        { "answers", Valid with { Answers = [.. Enumerable.Repeat((short)0, 22)] } },
        { "expectations", Valid with { Expectations = ["shorten_time", "reduce_fees", "publicity", "facilities"] } },
        { "expectations", Valid with { Expectations = ["shorten_time", "shorten_time"] } },
        { "expectations", Valid with { Expectations = ["free_coffee"] } },
        { "comment", Valid with { Comment = new string('a', SurveyLimits.CommentLength + 1) } },
        { "dossierCode", Valid with { DossierCode = "HS 001; DROP" } },
        { "dossierCode", Valid with { DossierCode = new string('1', SurveyLimits.DossierCodeLength + 1) } },
        { "gender", Valid with { Gender = "unknown" } },
        { "ageBand", Valid with { AgeBand = "100" } },
        { "respondentType", Valid with { RespondentType = "robot" } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_BadField_NamesThatFieldInVietnamese(string field, SurveySubmission submission)
    {
        var errors = SurveySubmissionValidator.Validate(submission, SurveyForms.Current);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message.Vietnamese));
    }

    public static TheoryData<string, string> BadDossierCodes => new()
    {
        { new string('x', 70), "Mã hồ sơ dài quá 64 ký tự." },
        { "HS 001; DROP", "Mã hồ sơ chỉ gồm chữ, số và các dấu - _ . /" },
    };

    [Theory]
    [MemberData(nameof(BadDossierCodes))]
    public void Validate_BadDossierCode_SaysWhetherItIsTheLengthOrTheCharacters(string dossierCode, string message)
    {
        var errors = SurveySubmissionValidator.Validate(Valid with { DossierCode = dossierCode }, SurveyForms.Current);

        var error = Assert.Single(errors);
        Assert.Equal(("dossierCode", message), (error.Field, error.Message.Vietnamese));
    }

    [Fact]
    public void Validate_CompleteValidSubmission_HasNoErrors()
    {
        var submission = Valid with
        {
            QuickRating = QuickRating.Dissatisfied,
            DissatisfactionReasons = ["waited_long", "staff_attitude"],
            Answers = [.. Enumerable.Repeat((short)3, 21), 0],
            Expectations = ["shorten_time"],
            Comment = "Phải chờ hơn một giờ",
            DossierCode = "000.00.01.H47-261126-0001",
            RespondentType = "individual",
            Gender = "female",
            AgeBand = "35_49",
        };

        Assert.Empty(SurveySubmissionValidator.Validate(submission, SurveyForms.Current));
    }

    [Fact]
    public void CurrentForm_HasTwentyTwoCriteriaUnderFiveElements() =>
        Assert.Equal((5, 22), (SurveyForms.Current.Elements.Count, SurveyForms.Current.CriterionCount));
}
