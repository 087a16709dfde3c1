using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Api.Petitions;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Tests.Petitions;

public class PetitionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static object Body(Guid id, string kind = "phan_anh", string? procedure = null, string? phone = "0905 111 222", string? center = "TT_TINH") => new
    {
        submissionId = id,
        kind,
        title = "Phí chứng thực thu cao hơn quy định",
        text = "Cán bộ thu phí chứng thực bản sao 5.000 đồng mỗi trang, cao hơn mức phí niêm yết.",
        centerCode = center,
        procedureCode = procedure,
        contact = new { name = "Lê Văn Cường", phone, address = "3 Trần Hưng Đạo, Đông Hà" },
        consentContact = true,
    };

    [Fact]
    public async Task Post_ValidPetition_Returns201WithTrackingCodeAndStoresIt()
    {
        var id = Guid.NewGuid();

        var response = await _client.PostAsJsonAsync("/api/petitions", Body(id));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<PetitionCreated>(ApiJson.Options);
        Assert.True(TrackingCode.IsValid(created!.TrackingCode));
        Assert.Equal(PetitionKind.PhanAnh, created.Kind);
        Assert.Equal($"/api/petitions/{created.TrackingCode}", response.Headers.Location!.OriginalString);
        Assert.EndsWith($"/track?code={created.TrackingCode}", created.TrackingUrl);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var stored = await db.Petitions.SingleAsync(p => p.SubmissionId == id);
        Assert.Equal((PetitionChannel.Api, PetitionStatus.Received), (stored.Channel, stored.Status));
    }

    [Fact]
    public async Task Post_SameSubmissionTwice_Returns200AndStoresOnce()
    {
        var id = Guid.NewGuid();
        var first = await (await _client.PostAsJsonAsync("/api/petitions", Body(id))).Content.ReadFromJsonAsync<PetitionCreated>(ApiJson.Options);

        var retry = await _client.PostAsJsonAsync("/api/petitions", Body(id));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first!.TrackingCode, (await retry.Content.ReadFromJsonAsync<PetitionCreated>(ApiJson.Options))!.TrackingCode);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Equal(1, await db.Petitions.CountAsync(p => p.SubmissionId == id));
    }

    [Fact]
    public async Task Post_BadFields_Returns400ProblemWithFieldErrors()
    {
        var response = await _client.PostAsJsonAsync("/api/petitions", Body(Guid.NewGuid(), procedure: "KHONG-CO", phone: "abc", center: "KHONG_CO_TT"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["centerCode", "contactPhone", "procedureCode"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("Số điện thoại không đúng", errors.GetProperty("contactPhone")[0].GetString());
    }

    [Fact]
    public async Task Post_BadFields_AnswersEachErrorInVietnameseAndEnglishFromTheSharedResx()
    {
        var response = await _client.PostAsJsonAsync("/api/petitions", Body(Guid.NewGuid(), phone: "abc", center: "KHONG_CO_TT"));

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal("Số điện thoại không đúng: cần 10 hoặc 11 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678). / "
            + "The phone number is not right: 10 or 11 digits starting with 0 (for example 0912 345 678).", errors.GetProperty("contactPhone")[0].GetString());
        Assert.Equal("Không có trung tâm mã \"KHONG_CO_TT\". / There is no center with code \"KHONG_CO_TT\".", errors.GetProperty("centerCode")[0].GetString());
    }

    [Fact]
    public async Task Post_UnknownKindWord_Returns400Problem()
    {
        var response = await _client.PostAsJsonAsync("/api/petitions", Body(Guid.NewGuid(), kind: "khong_ro"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_TrackingCode_ReturnsStatusWithoutPersonalData()
    {
        var created = await (await _client.PostAsJsonAsync("/api/petitions", Body(Guid.NewGuid()))).Content.ReadFromJsonAsync<PetitionCreated>(ApiJson.Options);

        var response = await _client.GetAsync($"/api/petitions/{created!.TrackingCode.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var status = JsonSerializer.Deserialize<PetitionStatusResponse>(json, ApiJson.Options)!;
        Assert.Equal((created.TrackingCode, PetitionStatus.Received, "TT_TINH"), (status.TrackingCode, status.Status, status.Center?.Code));
        Assert.Null(status.Department);
        Assert.Contains("\"status\":\"received\"", json);
        foreach (var personal in new[] { "Lê Văn Cường", "0905", "Trần Hưng Đạo", "5.000 đồng", "contact" })
        {
            Assert.DoesNotContain(personal, json);
        }
    }

    [Fact]
    public async Task Get_CodeWithTypoOrUnknown_Returns400Or404Problem()
    {
        var code = TrackingCode.New();
        var typo = code[..^1] + (code[^1] == 'X' ? 'Y' : 'X');

        var malformed = await _client.GetAsync($"/api/petitions/{typo}");
        var unknown = await _client.GetAsync($"/api/petitions/{code}");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesThePetitionAndOpen311Operations()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/petitions\"", document);
        Assert.Contains("\"/api/petitions/{trackingCode}\"", document);
        Assert.Contains("SubmitPetition", document);
        Assert.Contains("/open311/v2/requests.{format}", document);
    }
}
