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

    public static async Task<Results<FileContentHttpResult, NotFound>> GetQrPng(
        string token, HttpContext context, TouchpointLookup lookup, QrCodeRenderer renderer, CancellationToken cancellationToken)
    {
        var place = await lookup.FindAsync(token, cancellationToken);
        if (place is not { IsActive: true })
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.CacheControl = CacheControl;
        return TypedResults.File(renderer.Png(place.Token), "image/png",
            entityTag: EntityTagHeaderValue.Parse(renderer.ETag(place.Token, "png")));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> GetQrSvg(
        string token, HttpContext context, TouchpointLookup lookup, QrCodeRenderer renderer, CancellationToken cancellationToken)
    {
        var place = await lookup.FindAsync(token, cancellationToken);
        if (place is not { IsActive: true })
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.CacheControl = CacheControl;
        return TypedResults.File(Encoding.UTF8.GetBytes(renderer.Svg(place.Token)), "image/svg+xml",
            entityTag: EntityTagHeaderValue.Parse(renderer.ETag(place.Token, "svg")));
    }
}
