namespace CchcFeedback.Core.Routing;

/// <summary>The catalog rows a request names, each null when absent or unknown: an unknown procedure code is
/// no procedure code. A counter implies its center.</summary>
public record RoutingPlace(RoutingCenter? Center, RoutingCounter? Counter, RoutingProcedure? Procedure)
{
    public static RoutingPlace Of(RoutingCatalog catalog, string? centerCode, string? counterCode, string? procedureCode)
    {
        var counter = Find(catalog.Counters, counterCode);
        var center = counter is not null ? Find(catalog.Centers, counter.CenterCode) : Find(catalog.Centers, centerCode);
        return new RoutingPlace(center, counter, Find(catalog.Procedures, procedureCode));
    }

    private static T? Find<T>(IReadOnlyDictionary<string, T> rows, string? code) where T : class =>
        code is not null && rows.TryGetValue(code.Trim(), out var row) ? row : null;
}
