using CchcFeedback.Core.Localization;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>Field checks shared by the actions, with messages in Vietnamese that the hosts translate.</summary>
internal static class HandlingInput
{
    private static readonly LengthWords ReasonWords = new(
        LocalizedText.Vi("Lý do không được để trống."),
        LocalizedText.Vi("Lý do cần ít nhất {0} ký tự."),
        LocalizedText.Vi("Lý do dài {0} ký tự, quá giới hạn {1} ký tự."));

    private static readonly LengthWords AnswerWords = new(
        LocalizedText.Vi("Nội dung trả lời không được để trống."),
        LocalizedText.Vi("Nội dung trả lời cần ít nhất {0} ký tự."),
        LocalizedText.Vi("Nội dung trả lời dài {0} ký tự, quá giới hạn {1} ký tự."));

    public static List<PetitionFieldError> Reason(string? reason, bool required = true)
    {
        var errors = new List<PetitionFieldError>();
        if (required || PetitionValidator.Clean(reason) is not null)
        {
            PetitionValidator.CheckLength(reason, HandlingLimits.ReasonMinLength, HandlingLimits.ReasonMaxLength, "reason", ReasonWords,
                (field, message) => errors.Add(new PetitionFieldError(field, message)));
        }
        return errors;
    }

    public static List<PetitionFieldError> Answer(string? answer)
    {
        var errors = new List<PetitionFieldError>();
        PetitionValidator.CheckLength(answer, HandlingLimits.AnswerMinLength, HandlingLimits.AnswerMaxLength, "answer", AnswerWords,
            (field, message) => errors.Add(new PetitionFieldError(field, message)));
        return errors;
    }

    public static PetitionFieldError? Department(int? departmentId) => departmentId is > 0
        ? null
        : new PetitionFieldError("department", LocalizedText.Vi("Xin chọn cơ quan nhận."));

    public static PetitionFieldError? NotManager(PetitionAction action) => action.Scope.IsAll
        ? null
        : new PetitionFieldError("", LocalizedText.Vi("Chỉ lãnh đạo (Manager) được làm việc này."));
}
