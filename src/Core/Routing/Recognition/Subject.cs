namespace CchcFeedback.Core.Routing.Recognition;

public enum SubjectKind
{
    /// <summary>A named administrative procedure (rule 4).</summary>
    Procedure,

    /// <summary>A field of the catalog, special fields included: integrity, portal, center, general remarks.</summary>
    Field,

    /// <summary>The attitude or conduct of a counter's staff, with no other subject (rule 6).</summary>
    CounterStaff,
}

/// <summary>What a petition is about, as the recogniser names it: a procedure code, a field code, or the
/// counter's staff. The policy turns a subject into a department at the petition's place.</summary>
public readonly record struct Subject(SubjectKind Kind, string Code)
{
    private const string ProcedurePrefix = "P:";
    private const string FieldPrefix = "F:";
    private const string StaffLabel = "STAFF";

    public static Subject CounterStaff { get; } = new(SubjectKind.CounterStaff, StaffLabel);

    public static Subject OfProcedure(string code) => new(SubjectKind.Procedure, code);

    public static Subject OfField(string code) => new(SubjectKind.Field, code);

    /// <summary>The model's class name; prefixed, so that a procedure and a field may share a code.</summary>
    public string Label => Kind switch
    {
        SubjectKind.Procedure => ProcedurePrefix + Code,
        SubjectKind.Field => FieldPrefix + Code,
        _ => StaffLabel,
    };

    public static Subject FromLabel(string label) =>
        label.StartsWith(ProcedurePrefix, StringComparison.Ordinal) ? OfProcedure(label[ProcedurePrefix.Length..])
        : label.StartsWith(FieldPrefix, StringComparison.Ordinal) ? OfField(label[FieldPrefix.Length..])
        : CounterStaff;

    /// <summary>Reads the <c>subject</c> of an example file: a procedure code, a field code or <c>STAFF</c>.</summary>
    public static Subject? FromCatalogCode(string code, RoutingCatalog catalog) =>
        catalog.Procedures.TryGetValue(code, out var procedure) ? OfProcedure(procedure.Code)
        : catalog.Fields.TryGetValue(code, out var field) ? OfField(field.Code)
        : string.Equals(code, StaffLabel, StringComparison.OrdinalIgnoreCase) ? CounterStaff
        : null;

    public override string ToString() => Label;
}
