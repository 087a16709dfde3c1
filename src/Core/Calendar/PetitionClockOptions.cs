using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Calendar;

/// <summary>The default legal clocks of each petition kind (docs: PETITIONS.md), bound from <see cref="Section"/>.</summary>
public class PetitionClockOptions : IValidatableObject
{
    public const string Section = "PetitionClocks";

    /// <summary>Phản ánh, kiến nghị outside the receiver's remit go to the competent body (Decree 20/2008/NĐ-CP).</summary>
    public TimeLimit PetitionForward { get; set; } = TimeLimit.WorkingDays(5);

    /// <summary>Phản ánh, kiến nghị are answered (Decree 20/2008/NĐ-CP).</summary>
    public TimeLimit PetitionAnswer { get; set; } = TimeLimit.WorkingDays(10);

    /// <summary>Góp ý need only an acknowledgement, which no law times: when this is not configured, the department
    /// acknowledges (answers or closes) within <see cref="PetitionAnswer"/>, so that none is left to rot.</summary>
    public TimeLimit? RemarkAnswer { get; set; }

    // The Law on Complaints 2011 (02/2011/QH13) says "ngày", not "ngày làm việc", for these clocks, so they are
    // calendar days, counted and rolled past holidays by the Civil Code. Art. 27: accept (thụ lý) within 10 days of
    // receipt. Art. 28: decide within 30 days of acceptance, 45 if complex (45 and 60 in remote areas).
    public TimeLimit ComplaintAcceptance { get; set; } = TimeLimit.CalendarDays(10);

    public TimeLimit ComplaintDecision { get; set; } = TimeLimit.CalendarDays(30);

    public TimeLimit ComplexComplaintDecision { get; set; } = TimeLimit.CalendarDays(45);

    /// <summary>Tố cáo: the Law on Denunciations 2018 (25/2018/QH14, Art. 24(1)) gives 7 working days from receipt to
    /// record, classify and check the conditions for accepting it (thụ lý).</summary>
    public TimeLimit DenunciationAcceptance { get; set; } = TimeLimit.WorkingDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PetitionForward.Days > PetitionAnswer.Days && PetitionForward.Unit == PetitionAnswer.Unit)
        {
            yield return new ValidationResult("Forwarding cannot take longer than answering.", [nameof(PetitionForward)]);
        }

        if (ComplaintDecision.Days > ComplexComplaintDecision.Days && ComplaintDecision.Unit == ComplexComplaintDecision.Unit)
        {
            yield return new ValidationResult("A complex complaint cannot have less time than a simple one.", [nameof(ComplexComplaintDecision)]);
        }
    }
}
