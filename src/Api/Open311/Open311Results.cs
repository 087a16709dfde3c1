using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace CchcFeedback.Api.Open311;

/// <summary>Writes GeoReport v2 answers as JSON or XML, the format named by the URL's extension.</summary>
public static class Open311Results
{
    public static bool IsFormat(string format) => format is "json" or "xml";

    public static IResult Services(string format, IReadOnlyList<Open311Service> services) => format == "xml"
        ? Xml(new XElement("services", services.Select(s => Element("service", s))))
        : Results.Json(services);

    public static IResult Created(string format, Open311Created created, int status) => format == "xml"
        ? Xml(new XElement("service_requests", Element("request", created)), status)
        : Results.Json(new[] { created }, statusCode: status);

    public static IResult Requests(string format, IReadOnlyList<Open311Request> requests) => format == "xml"
        ? Xml(new XElement("service_requests", requests.Select(r => Element("request", r))))
        : Results.Json(requests);

    /// <summary>The specification's error format: a list of {code, description}, with the HTTP status of the first.</summary>
    public static IResult Errors(string format, int status, IEnumerable<string> descriptions)
    {
        var errors = descriptions.Select(d => new Open311Error(status, d)).ToList();
        return format == "xml"
            ? Xml(new XElement("errors", errors.Select(e => Element("error", e))), status)
            : Results.Json(errors, statusCode: status);
    }

    public static IResult Error(string format, int status, string description) => Errors(format, status, [description]);

    /// <summary>W3C date-time with the offset, in Vietnam's time, as GeoReport examples write them.</summary>
    public static string DateTime(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An element per property, named as the property (the specification's names); null as empty.</summary>
    private static XElement Element(string name, object record) =>
        new(name, record.GetType().GetProperties().Select(p => new XElement(p.Name.TrimStart('@'), Text(p.GetValue(record)))));

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IResult Xml(XElement root, int status = StatusCodes.Status200OK) =>
        Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root, "application/xml; charset=utf-8", Encoding.UTF8, status);
}
