using System.ComponentModel;
using CchcFeedback.Core.Satisfaction.Exports;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Api.Statistics;

/// <summary>The query string both exports share, described for the OpenAPI document.</summary>
public sealed record ExportQuery(
    [property: FromQuery(Name = "format"), Description("csv or xlsx")] string? Format,
    [property: FromQuery(Name = "from"), Description("First day of the period, YYYY-MM-DD")] string? From,
    [property: FromQuery(Name = "to"), Description("Last day, inclusive, YYYY-MM-DD; at most 5 years after from")] string? To,
    [property: FromQuery(Name = "center"), Description("Catalog code of a service center")] string? Center,
    [property: FromQuery(Name = "counter"), Description("Catalog code of a counter")] string? Counter,
    [property: FromQuery(Name = "department"), Description("Catalog code of a department")] string? Department,
    [property: FromQuery(Name = "procedure"), Description("Catalog code of a procedure")] string? Procedure)
{
    public ExportParameters ToParameters(string? unit = null, bool includeFlagged = false) =>
        new(Format, From, To, Center, Counter, Department, Procedure, unit, includeFlagged);
}
