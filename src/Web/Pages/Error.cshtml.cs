using System.Diagnostics;
using CchcFeedback.Core.Data;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages;

/// <summary>The friendly page for every error status; never a stack trace or a SQL message.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Status { get; private set; }
    public string RequestId { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        Status = status ?? StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (DatabaseOutagePage.IsOutage(HttpContext))
        {
            DatabaseUnavailableResponse.Start(HttpContext, HttpContext.Features.Get<IExceptionHandlerFeature>()!.Error, logger);
            Status = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
