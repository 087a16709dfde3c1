using Microsoft.AspNetCore.Http;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>Answers that show a petition's code, a person's contact or a petition's photo: no cache may keep them.</summary>
public static class PrivateResponses
{
    // no-cache as well as no-store: a page with a form gets an anti-forgery token, which sets "no-cache, no-store"
    // and logs a warning whenever it finds a Cache-Control without no-cache.
    public static void NoStore(HttpResponse response) => response.Headers.CacheControl = "private, no-cache, no-store";
}
