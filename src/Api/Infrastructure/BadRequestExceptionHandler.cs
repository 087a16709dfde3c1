using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Api.Infrastructure;

/// <summary>A request that does not bind (a body that is not JSON or not of the expected shape, a value of the wrong
/// type, a missing body, a wrong content type, a body over the limit) is the client's mistake: 400, 413 or 415
/// problem details naming the field where it can, in every environment. Minimal APIs throw
/// <see cref="BadHttpRequestException"/> for these (<see cref="ApiBadRequests.AddApiBadRequests"/> asks them to
/// everywhere, not only in Development); anything else is left to the other handlers.</summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = bad.StatusCode switch
        {
            StatusCodes.Status400BadRequest => new HttpValidationProblemDetails(Errors(bad)) { Title = "Yêu cầu không hợp lệ / The request is not valid" },
            StatusCodes.Status413PayloadTooLarge => new ProblemDetails { Title = ApiBadRequests.TooLargeTitle },
            StatusCodes.Status415UnsupportedMediaType => new ProblemDetails { Title = ApiBadRequests.WrongContentTypeTitle },
            _ => new ProblemDetails(),
        };
        problem.Status = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static Dictionary<string, string[]> Errors(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return new()
            {
                [FieldOf(json.Path)] = ["Giá trị không đúng kiểu, hoặc nội dung không phải JSON hợp lệ. / The value has the wrong type, or the body is not valid JSON."],
            };
        }
        // The framework names the parameter in its message: "Failed to bind parameter "bool? includeFlagged" from "x"".
        var parameter = ParameterName().Match(bad.Message) is { Success: true } match ? match.Groups[1].Value : null;
        return bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? new() { ["body"] = ["Thiếu nội dung JSON. / The JSON body is missing."] }
            : new() { [parameter ?? "request"] = ["Giá trị không hợp lệ. / The value is not valid."] };
    }

    /// <summary>"$.answers[3]" → "answers[3]", the field as the request's other errors name it; "$" → "body".</summary>
    private static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex("parameter \"(?:[^\"]* )?([^\" ]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
