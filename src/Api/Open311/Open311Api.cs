using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Petitions;
using CchcFeedback.WebHosting;
using CchcFeedback.WebHosting.Localization;
using CchcFeedback.WebHosting.Security;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Api.Open311;

/// <summary>Open311 GeoReport v2 at <c>/open311/v2/</c>, JSON or XML by extension: services are the petition kinds,
/// a service request is a petition, its service_request_id the tracking code, and the location the center
/// (address_id = the center's catalog code). Mapping in the README.</summary>
public static class Open311Api
{
    public const string Root = "/open311/v2";
    private const int DefaultListDays = 90;
    private const int MaxListed = 200;

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Root).WithTags("Open311 GeoReport v2");
        group.MapGet("/services.{format}", GetOpen311Services).WithName(nameof(GetOpen311Services))
            .WithSummary("The petition kinds as GeoReport services (json or xml)");
        group.MapPost("/requests.{format}", PostOpen311Request).WithName(nameof(PostOpen311Request))
            .WithSummary("Send a petition as a GeoReport service request (form-encoded; api_key optional)")
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.PetitionSubmitPolicy);
        group.MapGet("/requests.{format}", GetOpen311Requests).WithName(nameof(GetOpen311Requests))
            .WithSummary("Petitions by service_request_id (tracking codes); other lists need an api_key")
            .RequireRateLimiting(RateLimiting.PetitionLookupPolicy);
        group.MapGet("/requests/{id}.{format}", GetOpen311Request).WithName(nameof(GetOpen311Request))
            .WithSummary("One petition by its tracking code")
            .RequireRateLimiting(RateLimiting.PetitionLookupPolicy);
        group.MapFallback("{**path}", NotAnOpen311Route).ExcludeFromDescription();
        return endpoints;
    }

    public static IResult GetOpen311Services(string format) =>
        Open311Results.IsFormat(format) ? Open311Results.Services(format, Open311Services.All) : UnknownFormat();

    public static async Task<IResult> PostOpen311Request(string format, HttpContext context, PetitionService petitions, ApiClientService clients,
        IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        if (!Open311Results.IsFormat(format))
        {
            return UnknownFormat();
        }
        if (!context.Request.HasFormContentType)
        {
            return Open311Results.Error(format, StatusCodes.Status400BadRequest, "Gửi dạng application/x-www-form-urlencoded / Send application/x-www-form-urlencoded");
        }
        if (await ReadFormAsync(context.Request, cancellationToken) is not { } form)
        {
            return Open311Results.Error(format, StatusCodes.Status400BadRequest,
                "Không đọc được biểu mẫu gửi lên (ký tự không hợp lệ hoặc sai định dạng) / The form could not be read (invalid characters or a malformed body)");
        }
        var caller = await Open311Caller.ResolveAsync(context, form["api_key"], clients, cancellationToken);
        if (caller.InvalidKey)
        {
            return Open311Results.Error(format, StatusCodes.Status403Forbidden, "api_key không hợp lệ / Invalid api_key");
        }
        if (PetitionKinds.FromCode(form["service_code"]) is not { } kind)
        {
            return Open311Results.Error(format, StatusCodes.Status400BadRequest,
                "service_code: cần một trong / one of " + string.Join(", ", Open311Services.All.Select(s => s.service_code)));
        }
        var submission = ToSubmission(form, kind, caller.Identity);
        var result = await petitions.SubmitAsync(submission, new PetitionOrigin(CenterCode: form["address_id"]), PetitionChannel.Open311, cancellationToken);
        return result.Outcome switch
        {
            PetitionSubmitOutcome.Created or PetitionSubmitOutcome.AlreadyStored => Open311Results.Created(format,
                new Open311Created(result.TrackingCode!, Open311Words.Notice(result.Kind!.Value), null),
                result.Outcome == PetitionSubmitOutcome.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK),
            PetitionSubmitOutcome.Invalid => Open311Results.Errors(format, StatusCodes.Status400BadRequest,
                result.Errors.Select(e => $"{Open311Words.Parameter(e.Field)}: {l.Bilingual(e.Message)}")),
            _ => Open311Results.Error(format, StatusCodes.Status409Conflict, "Yêu cầu trùng / Duplicate request"),
        };
    }

    public static async Task<IResult> GetOpen311Requests(string format, HttpContext context, PetitionReader reader, ApiClientService clients,
        string? service_request_id, string? service_code, string? start_date, string? end_date, string? status, string? api_key,
        CancellationToken cancellationToken)
    {
        if (!Open311Results.IsFormat(format))
        {
            return UnknownFormat();
        }
        var caller = await Open311Caller.ResolveAsync(context, api_key, clients, cancellationToken);
        var errors = new List<string>();
        var ids = service_request_id?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var kind = service_code is null ? null : PetitionKinds.FromCode(service_code);
        if (service_code is not null && kind is null)
        {
            errors.Add("service_code: không có dịch vụ này / unknown service");
        }
        bool? open = status switch { null => null, "open" => true, "closed" => false, _ => null };
        if (status is not null && open is null)
        {
            errors.Add("status: open hoặc/or closed");
        }
        var from = Date(start_date, "start_date", errors);
        var to = Date(end_date, "end_date", errors);
        if (errors.Count > 0)
        {
            return Open311Results.Errors(format, StatusCodes.Status400BadRequest, errors);
        }
        if (caller.InvalidKey)
        {
            return Open311Results.Error(format, StatusCodes.Status403Forbidden, "api_key không hợp lệ / Invalid api_key");
        }
        // Tracking codes are what lets anyone follow a petition: they are never listed to anonymous callers.
        if (ids.Length == 0 && caller.Principal is null)
        {
            return Open311Results.Error(format, StatusCodes.Status403Forbidden,
                "Cần service_request_id, hoặc api_key để xem danh sách / Give service_request_id, or an api_key to list requests");
        }
        if (ids.Length == 0 && from is null && to is null)
        {
            from = DateTimeOffset.UtcNow.AddDays(-DefaultListDays);
        }
        var filter = new PetitionListFilter(ids.Length > 0 ? ids : null, kind, open, from, to, MaxListed);
        var petitions = await reader.ListAsync(filter, caller.Scope, cancellationToken);
        return Open311Results.Requests(format, petitions.Select(Open311Words.Request).ToList());
    }

    public static async Task<IResult> GetOpen311Request(string id, string format, PetitionReader reader, CancellationToken cancellationToken)
    {
        if (!Open311Results.IsFormat(format))
        {
            return UnknownFormat();
        }
        var petition = await reader.TrackAsync(id, cancellationToken);
        return petition is null
            ? Open311Results.Error(format, StatusCodes.Status404NotFound, $"Không có yêu cầu {id} / service_request_id {id} was not found")
            : Open311Results.Requests(format, [Open311Words.Request(petition)]);
    }

    private static IResult NotAnOpen311Route(HttpContext context) =>
        Open311Results.Error(context.Request.Path.Value?.EndsWith(".xml", StringComparison.Ordinal) == true ? "xml" : "json",
            StatusCodes.Status404NotFound, "Không có địa chỉ này / No such GeoReport v2 resource");

    private static IResult UnknownFormat() =>
        Open311Results.Error("json", StatusCodes.Status404NotFound, "Định dạng là json hoặc xml / The format is json or xml");

    /// <summary>The posted form, or null when it cannot be read: the framework refuses a NUL in a value and a
    /// multipart body without its boundary by throwing, which is the client's mistake, not a server error.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static PetitionSubmission ToSubmission(IFormCollection form, PetitionKind kind, string caller)
    {
        string? Value(string name) => PetitionValidator.Clean(form[name]);
        var description = Value("description");
        var name = string.Join(' ', new[] { Value("first_name"), Value("last_name") }.OfType<string>());
        return new PetitionSubmission
        {
            // GeoReport has no idempotency key: the same request from the same caller is the same petition.
            SubmissionId = SameRequestId(caller, kind, description, Value("address_id"), Value("phone"), Value("email")),
            Kind = kind,
            Title = Open311Words.TitleOf(description),
            Text = description,
            ContactName = name.Length == 0 ? null : name,
            ContactPhone = Value("phone"),
            ContactEmail = Value("email"),
            // A petition is about a service, not a spot on a map: address_string carries the sender's address,
            // which Decree 20/2008 asks for.
            ContactAddress = Value("address_string"),
            // GeoReport has no consent field: a client that sends contact details has collected the consent.
            ConsentContact = true,
        };
    }

    private static Guid SameRequestId(params object?[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p?.ToString() ?? ""))));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static DateTimeOffset? Date(string? text, string name, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date.ToUniversalTime();
        }
        errors.Add($"{name}: ngày giờ theo W3C / a W3C date-time, e.g. 2026-11-01T00:00:00+07:00");
        return null;
    }
}
