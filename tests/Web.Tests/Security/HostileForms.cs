using AngleSharp.Html.Dom;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>Posts forms as a browser would, or as an attacker would with a browser's token: multipart carries a
/// raw NUL byte through to binding (the URL-encoded form reader refuses one before), so hostile values go both ways.</summary>
public static class HostileForms
{
    /// <summary>The anti-forgery token of the page's form; the client keeps the matching cookie.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(url));
        return (page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token");
    }

    public static HttpContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        return content;
    }

    /// <summary>GETs the page for its token, then POSTs the fields as multipart to the handler.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, url);
        var target = handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, Multipart(fields));
    }
}
