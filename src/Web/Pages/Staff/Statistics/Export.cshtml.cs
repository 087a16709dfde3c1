using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>Without parameters, the export form; with them, the file itself, streamed (CSV or XLSX, figures or
/// anonymous responses). Department staff are confined to their department by <see cref="ExportRequest"/>.</summary>
public class ExportModel(CchcDbContext db, StatisticsExports exports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Center { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Counter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Procedure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeFlagged { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Whether the form offers the responses export (Admins and Managers only).</summary>
    public bool OffersResponses => ExportRequest.MayExport(ExportKind.Responses, DepartmentScope.For(User));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Kind is null && Format is null)
        {
            return Page();
        }
        if (!Enum.TryParse<ExportKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _))
        {
            return Refused(StatusCodes.Status400BadRequest, ["Loại dữ liệu phải là figures hoặc responses. / The kind must be figures or responses."]);
        }
        var parameters = new ExportParameters(Format, From, To, Center, Counter, Department, Procedure, Unit, IncludeFlagged);
        var parsed = await ExportRequest.ParseAsync(kind, parameters, DepartmentScope.For(User), db, cancellationToken);
        if (parsed.Forbidden)
        {
            return Refused(StatusCodes.Status403Forbidden, [parsed.Refusal!]);
        }
        if (parsed.Request is not { } request)
        {
            return Refused(StatusCodes.Status400BadRequest, [.. parsed.Errors.SelectMany(e => e.Value)]);
        }

        await exports.AuditAsync(User.Identity!.Name!, request, cancellationToken);
        Response.ContentType = ExportFile.ContentType(request.Format);
        Response.Headers.ContentDisposition = ExportFile.ContentDisposition(request);
        await exports.WriteAsync(request, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    private PageResult Refused(int statusCode, IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = statusCode;
        return Page();
    }
}
