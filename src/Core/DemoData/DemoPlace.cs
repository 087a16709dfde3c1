namespace CchcFeedback.Core.DemoData;

/// <summary>Where demo responses are filed: an active touchpoint at a counter or a center's entrance (no counter,
/// no department), with the procedures its counter serves.</summary>
public sealed record DemoPlace(
    int TouchpointId,
    int CenterId,
    bool AtProvinceCenter,
    int? CounterId,
    string? CounterCode,
    int? DepartmentId,
    IReadOnlyList<string> FieldCodes,
    IReadOnlyList<int> ProcedureIds);
