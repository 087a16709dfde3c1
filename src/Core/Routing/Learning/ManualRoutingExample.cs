namespace CchcFeedback.Core.Routing.Learning;

/// <summary>A petition labelled by a person with the department that must answer it: what the nightly
/// retraining learns from (table <c>routing_examples</c>). Its place and text are copied as they were, in the
/// catalog's codes, so that it trains like a line of data/routing/*.jsonl whatever happens to the petition.</summary>
public class ManualRoutingExample
{
    public long Id { get; set; }
    public Guid? PetitionId { get; set; }
    public string? CenterCode { get; set; }
    public string? CounterCode { get; set; }
    public string? ProcedureCode { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public required string DepartmentCode { get; set; }
    public RoutingExampleSource Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The staff user who labelled it (an e-mail): a label can be traced and, if careless, dropped.</summary>
    public required string Actor { get; set; }

    public Recognition.RoutingExample ToExample() => new(CenterCode, CounterCode, ProcedureCode, Title, Text, DepartmentCode);
}
