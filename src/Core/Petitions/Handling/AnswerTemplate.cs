namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>A reusable answer a department keeps, for one field or (without one) for any.</summary>
public class AnswerTemplate
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public int? FieldId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
