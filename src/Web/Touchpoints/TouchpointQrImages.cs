using System.Text;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CchcFeedback.Web.Touchpoints;

/// <summary><c>/q/{token}/qr.png</c> and <c>/q/{token}/qr.svg</c>: the code of an active touchpoint, for posters
/// and for the manager pages. A token's image never changes, so caches may keep it long and revalidate by ETag
/// (the file result answers a matching If-None-Match with 304). Revoked and unknown tokens are 404.</summary>
public static class TouchpointQrImages
{
    /// <summary>30 days: long enough for print shops and browsers, short enough that a changed base URL spreads.</summary>
    private const string CacheControl = "public, max-age=2592000";

    public static IEndpointRouteBuilder MapTouchpointQrImages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/q/{token}").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/qr.png", GetQrPng);
        group.MapGet("/qr.svg", GetQrSvg);
        return endpoints;
    }

    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, NotFound>> GetQrPng(
        string token, HttpContext context, TouchpointLookup lookup, QrCodeRenderer renderer, CancellationToken cancellationToken) =>
        ServeAsync(token, "png", "image/png", t => renderer.Png(t), context, lookup, renderer, cancellationToken);

    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, NotFound>> GetQrSvg(
        string token, HttpContext context, TouchpointLookup lookup, QrCodeRenderer renderer, CancellationToken cancellationToken) =>
        ServeAsync(token, "svg", "image/svg+xml", t => Encoding.UTF8.GetBytes(renderer.Svg(t)), context, lookup, renderer, cancellationToken);

    /// <summary>Answers a revalidation (If-None-Match) before drawing anything: a poster page asks for many
    /// images, and browsers and print shops revalidate them often.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, NotFound>> ServeAsync(
        string token, string format, string contentType, Func<string, byte[]> draw,
        HttpContext context, TouchpointLookup lookup, QrCodeRenderer renderer, CancellationToken cancellationToken)
    {
        var place = await lookup.FindCachedAsync(token, cancellationToken);
        if (place is not { IsActive: true })
        {
            return TypedResults.NotFound();
        }
        var etag = renderer.ETag(place.Token, format);
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.File(draw(place.Token), contentType, entityTag: EntityTagHeaderValue.Parse(etag));
    }
}
