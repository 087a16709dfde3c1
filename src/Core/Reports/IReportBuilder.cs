using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Writes the satisfaction report of a period and scope from the statistics engine's figures.</summary>
public interface IReportBuilder
{
    /// <exception cref="ReportScopeNotFoundException">The scope's code names no center or department.</exception>
    Task<ReportDocuments> BuildAsync(ReportPeriod period, ReportScope scope, CancellationToken cancellationToken = default);
}

public sealed class ReportScopeNotFoundException(ReportScope scope)
    : Exception($"No {scope.Kind.Name()} has the code {scope.Code}.")
{
    public ReportScope Scope { get; } = scope;
}
