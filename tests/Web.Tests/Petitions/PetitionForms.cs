using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace CchcFeedback.Web.Tests.Petitions;

/// <summary>Posts the petition form as a browser without JavaScript does: multipart, with the page's
/// anti-forgery token and the hidden submission id.</summary>
public static class PetitionForms
{
    public static Dictionary<string, string> Valid(string title = "Cán bộ hẹn trả kết quả nhiều lần") => new()
    {
        ["Input.Kind"] = "PhanAnh",
        ["Input.Title"] = title,
        ["Input.Text"] = "Hồ sơ của tôi đã quá hạn trả kết quả hai tuần, cán bộ hẹn lại nhiều lần mà không nói lý do.",
        ["Input.ContactName"] = "Trần Thị Bình",
        ["Input.ContactPhone"] = "0987 654 321",
        ["Input.ContactAddress"] = "5 Hùng Vương, Đông Hà",
        ["Input.ConsentContact"] = "true",
    };

    /// <summary>GETs the form (for the anti-forgery token and a fresh submission id unless one is given), then
    /// POSTs it to the handler with the fields and files.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields,
        string handler = "Send", IEnumerable<(string Name, byte[] Bytes)>? photos = null)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(url));
        var token = (page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token");
        fields.TryAdd("Input.SubmissionId", (page.QuerySelector("input[name='Input.SubmissionId']") as IHtmlInputElement)!.Value);
        fields["__RequestVerificationToken"] = token;
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (name, bytes) in photos ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "Photos", name);
        }
        return await client.PostAsync($"{url}?handler={handler}", content);
    }
}
