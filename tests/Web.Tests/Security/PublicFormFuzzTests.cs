using System.Text;
using System.Web;
using CchcFeedback.Core.Surveys;
using CchcFeedback.TestCommon.Fuzzing;
using CchcFeedback.Web.Tests.Petitions;
using CchcFeedback.Web.Tests.Touchpoints;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>Every public form, fetched for a real anti-forgery token and cookie, then posted with hostile values in
/// each field in turn (multipart or URL-encoded, replacing the value or appended to it, chosen by a seeded random
/// so a failure reproduces); the public pages' query and path values too. No answer may be a 5xx.</summary>
public class PublicFormFuzzTests(LoggedWebFactory factory) : IClassFixture<LoggedWebFactory>
{
    private const int Seed = 13;

    /// <summary>A form: the page that carries its token, where it posts, and the fields a browser sends.</summary>
    private sealed record PublicForm(string Page, string Target, Dictionary<string, string> Fields);

    [Fact]
    public async Task EveryPublicForm_HostileValuesInEachField_NeverAnswer5xx()
    {
        var random = new Random(Seed);
        var failures = new FuzzFailures(Seed);
        var client = StaffAccounts.NewClient(factory);
        var forms = await FormsAsync(client);

        foreach (var form in forms)
        {
            var token = await HostileForms.TokenAsync(client, form.Page);
            foreach (var field in form.Fields.Keys)
            {
                foreach (var hostile in HostileBytes)
                {
                    var fields = form.Fields.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
                    fields["__RequestVerificationToken"] = Encoding.UTF8.GetBytes(token);
                    fields[field] = random.Next(2) == 0 ? hostile : [.. fields[field], .. hostile];
                    await PostAndCheckAsync(client, form.Target, fields, multipart: random.Next(2) == 0, failures);
                }
            }
        }
        foreach (var url in await PageUrlsAsync())
        {
            foreach (var hostile in HostileValues.Text.Select(Uri.EscapeDataString).Concat(HostileValues.RawEscaped))
            {
                await GetAndCheckAsync(client, url.Replace("{x}", hostile), failures);
            }
        }

        Assert.True(failures.Requests > 1000, $"Only {failures.Requests} requests: did the forms lose their fields?");
        failures.AssertNone(factory.Logs.Lines);
    }

    /// <summary>The hostile texts as UTF-8, and bytes that are not UTF-8 at all.</summary>
    private static readonly byte[][] HostileBytes =
        [.. HostileValues.Text.Select(Encoding.UTF8.GetBytes), .. HostileValues.RawEscaped.Select(HttpUtility.UrlDecodeToBytes).OfType<byte[]>()];

    private async Task<List<PublicForm>> FormsAsync(HttpClient client)
    {
        var token = (await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_DONGHA-HTCT")).Token;
        var rated = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new() { ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Rating"] = "Dissatisfied" });
        var responseId = rated.Headers.Location!.OriginalString.Split("id=")[1];
        var answered = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var petition = PetitionForms.Valid();
        petition["Input.SubmissionId"] = Guid.NewGuid().ToString();
        petition["Input.SurveyResponseId"] = responseId;
        petition["Input.ProcedureCode"] = "";
        petition["Input.DossierCode"] = "HS-2026-0001";
        petition["Input.ContactEmail"] = "binh@example.vn";
        petition["Input.ConsentPublish"] = "true";
        var first = new Dictionary<string, string> { ["Input.Kind"] = "PhanAnh", ["Input.Title"] = petition["Input.Title"], ["Input.Text"] = petition["Input.Text"], ["Input.SubmissionId"] = petition["Input.SubmissionId"] };
        var form = SurveyForms.Current;
        return
        [
            new("/phan-anh", "/phan-anh?handler=Check", first),
            new("/phan-anh", "/phan-anh?handler=Edit", first),
            new("/phan-anh", "/phan-anh?handler=Send", petition),
            new("/phan-anh", "/phan-anh?handler=Support", new() { ["supportId"] = answered.Id.ToString(), ["Input.SubmissionId"] = Guid.NewGuid().ToString() }),
            new($"/q/{token}/petition", $"/q/{token}/petition?handler=Send", petition),
            new($"/q/{token}/rate", $"/q/{token}/rate", new()
            {
                ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Rating"] = "Dissatisfied",
                ["Input.Reasons"] = form.DissatisfactionReasons[0].Code, ["Input.DossierCode"] = "HS-2026-0002",
            }),
            new($"/q/{token}/form?id={responseId}", $"/q/{token}/form?id={responseId}", new()
            {
                ["Input.Answers[1]"] = "4", ["Input.Answers[22]"] = "0", ["Input.Expectations"] = form.Expectations[0].Code,
                ["Input.Comment"] = "Cán bộ tận tình.\r\nNên có thêm ghế chờ.", ["Input.RespondentType"] = form.RespondentTypes[0].Code,
                ["Input.Gender"] = form.Genders[0].Code, ["Input.AgeBand"] = form.AgeBands[0].Code, ["Id"] = responseId,
            }),
            new($"/track?code={answered.TrackingCode}", "/track?handler=Rate", new() { ["code"] = answered.TrackingCode, ["satisfied"] = "true" }),
            new($"/track?code={answered.TrackingCode}", "/track?handler=Reopen", new() { ["code"] = answered.TrackingCode, ["reason"] = "Câu trả lời không nói rõ khi nào có thêm cán bộ." }),
            new("/track/contact", "/track/contact?handler=Show", new() { ["Input.Code"] = answered.TrackingCode, ["Input.Phone"] = TestPetitions.Phone }),
            new("/track/contact", "/track/contact?handler=Delete", new() { ["Input.Code"] = answered.TrackingCode, ["Input.Phone"] = "0900000000", ["Input.Confirm"] = "true" }),
            new("/hoi-dap", "/hoi-dap", new() { ["ConversationId"] = Guid.NewGuid().ToString(), ["Text"] = "Đăng ký kết hôn cần giấy tờ gì?", ["Token"] = token }),
            new("/hoi-dap", "/hoi-dap?handler=Feedback", new() { ["ConversationId"] = Guid.NewGuid().ToString(), ["exchangeId"] = Guid.NewGuid().ToString(), ["useful"] = "false", ["Token"] = token }),
            new("/Account/SignIn", "/Account/SignIn", new() { ["Input.Email"] = "khong.co@quangtri.gov.vn", ["Input.Password"] = "sai-mat-khau", ["Input.RememberMe"] = "true" }),
            new("/Account/ForgotPassword", "/Account/ForgotPassword", new() { ["Input.Email"] = "khong.co@quangtri.gov.vn" }),
            new($"/Account/ResetPassword?userId={Guid.NewGuid()}&code=abc", $"/Account/ResetPassword?userId={Guid.NewGuid()}&code=abc",
                new() { ["Input.Password"] = "mot-mat-khau-moi-2026", ["Input.ConfirmPassword"] = "mot-mat-khau-moi-2026", ["UserId"] = Guid.NewGuid().ToString(), ["Code"] = "abc" }),
        ];
    }

    /// <summary>Public pages with a hostile value at {x}: in the query or in the path.</summary>
    private async Task<string[]> PageUrlsAsync()
    {
        var token = (await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_DONGHA-HTCT")).Token;
        return
        [
            "/track?code={x}", "/track?code={x}&done=rated", "/track/contact?code={x}", "/phan-anh?response={x}", $"/q/{token}/petition?response={{x}}",
            $"/q/{token}/form?id={{x}}", $"/q/{token}/thanks?id={{x}}", "/q/{x}", "/q/{x}/rate", "/petition/receipt/{x}", "/Account/SignIn?ReturnUrl={x}",
            "/Account/ResetPassword?userId={x}&code={x}", "/minh-bach?year={x}", "/hoi-dap?token={x}", "/phan-anh?procedure={x}&text={x}", "/tra-loi?q={x}", "/tra-loi?center={x}&field={x}&trang={x}",
        ];
    }

    private static async Task PostAndCheckAsync(HttpClient client, string url, Dictionary<string, byte[]> fields, bool multipart, FuzzFailures failures)
    {
        HttpContent content;
        if (multipart)
        {
            var parts = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                parts.Add(new ByteArrayContent(value), name);
            }
            content = parts;
        }
        else
        {
            content = new StringContent(Percent(fields), Encoding.ASCII, "application/x-www-form-urlencoded");
        }
        var described = Percent(fields.Where(f => f.Key != "__RequestVerificationToken").ToDictionary());
        await CheckAsync(client, new HttpRequestMessage(HttpMethod.Post, url) { Content = content },
            $"POST {url} ({(multipart ? "multipart" : "urlencoded")}) {FuzzFailures.Preview(described)}", failures);
    }

    /// <summary>The fields URL-encoded byte by byte, whatever the bytes are.</summary>
    private static string Percent(Dictionary<string, byte[]> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={string.Concat(f.Value.Select(b => char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}"))}"));

    private static Task GetAndCheckAsync(HttpClient client, string url, FuzzFailures failures) =>
        CheckAsync(client, new HttpRequestMessage(HttpMethod.Get, url), $"GET {FuzzFailures.Preview(url)}", failures);

    private static async Task CheckAsync(HttpClient client, HttpRequestMessage request, string description, FuzzFailures failures)
    {
        failures.Count();
        try
        {
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                // The error page says nothing of the cause: the host's logs, printed with the report, do.
                failures.Add(description, response, "", "5xx");
            }
        }
        catch (InvalidOperationException exception) when (exception.Message.Contains("null characters", StringComparison.Ordinal))
        {
            // Kestrel refuses a NUL in the path itself (400); only the in-memory server throws.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            using var failed = new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError);
            failures.Add(description, failed, exception.ToString(), "unhandled exception");
        }
        finally
        {
            request.Dispose();
        }
    }
}
