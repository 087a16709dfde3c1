using AngleSharp;
using AngleSharp.Dom;

namespace CchcFeedback.Web.Tests;

public static class HtmlDocuments
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
    }

    public static IHtmlCollection<IElement> ByTestId(this IDocument document, string testId) =>
        document.QuerySelectorAll($"[data-testid='{testId}']");
}
