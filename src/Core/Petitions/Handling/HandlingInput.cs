namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>Field checks shared by the actions, with messages in Vietnamese and English.</summary>
internal static class HandlingInput
{
    public static List<PetitionFieldError> Reason(string? reason, bool required = true)
    {
        var errors = new List<PetitionFieldError>();
        if (required || PetitionValidator.Clean(reason) is not null)
        {
            PetitionValidator.CheckLength(reason, HandlingLimits.ReasonMinLength, HandlingLimits.ReasonMaxLength, "reason", "Lý do", "The reason",
                (field, vi, en) => errors.Add(new PetitionFieldError(field, vi, en)));
        }
        return errors;
    }

    public static List<PetitionFieldError> Answer(string? answer)
    {
        var errors = new List<PetitionFieldError>();
        PetitionValidator.CheckLength(answer, HandlingLimits.AnswerMinLength, HandlingLimits.AnswerMaxLength, "answer", "Nội dung trả lời", "The answer",
            (field, vi, en) => errors.Add(new PetitionFieldError(field, vi, en)));
        return errors;
    }

    public static PetitionFieldError? Department(int? departmentId) => departmentId is > 0
        ? null
        : new PetitionFieldError("department", "Xin chọn cơ quan nhận.", "Please choose the department to send it to.");

    public static PetitionFieldError? NotManager(PetitionAction action) => action.Scope.IsAll
        ? null
        : new PetitionFieldError("", "Chỉ lãnh đạo (Manager) được làm việc này.", "Only a Manager may do this.");
}
