using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Petitions;

public class Open311ApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Description = "Máy lấy số thứ tự ở sảnh tầng một hỏng từ sáng, người dân chen lấn, không ai hướng dẫn.";
    private readonly HttpClient _client = factory.CreateClient();

    private static FormUrlEncodedContent Form(string serviceCode = "phan_anh", string? description = Description, string? addressId = "TT_TINH", string? phone = "0914 222 333", string? apiKey = null)
    {
        var fields = new Dictionary<string, string?>
        {
            ["service_code"] = serviceCode,
            ["description"] = description,
            ["address_id"] = addressId,
            ["first_name"] = "Hoàng",
            ["last_name"] = "Thị Dung",
            ["phone"] = phone,
            ["address_string"] = "7 Lê Duẩn, Đông Hà",
            ["api_key"] = apiKey,
        };
        return new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!)));
    }

    private async Task<string> CreateAsync(string description = Description)
    {
        var response = await _client.PostAsync("/open311/v2/requests.json", Form(description: description));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    [Fact]
    public async Task GetServices_Json_ListsEveryKindWithoutAttributes()
    {
        var response = await _client.GetAsync("/open311/v2/services.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var services = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["phan_anh", "kien_nghi", "gop_y", "khieu_nai", "to_cao"], services.Select(s => s.GetProperty("service_code").GetString()));
        Assert.All(services, s =>
        {
            Assert.False(s.GetProperty("metadata").GetBoolean());
            Assert.Equal("realtime", s.GetProperty("type").GetString());
            foreach (var field in new[] { "service_name", "description", "keywords", "group" })
            {
                Assert.False(string.IsNullOrEmpty(s.GetProperty(field).GetString()), field);
            }
        });
    }

    [Fact]
    public async Task GetServices_Xml_IsTheSpecificationsServicesDocument()
    {
        var response = await _client.GetAsync("/open311/v2/services.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Equal(5, xml.Root.Elements("service").Count());
        Assert.Equal("Khiếu nại", xml.Root.Elements("service").Single(s => (string?)s.Element("service_code") == "khieu_nai").Element("service_name")!.Value);
        Assert.Equal("false", xml.Root.Element("service")!.Element("metadata")!.Value);
    }

    [Fact]
    public async Task PostRequest_Json_Returns201WithTheTrackingCodeAndSamePostIsOnePetition()
    {
        var description = Description + " " + Guid.NewGuid();

        var first = await _client.PostAsync("/open311/v2/requests.json", Form(description: description));
        var second = await _client.PostAsync("/open311/v2/requests.json", Form(description: description));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var request = Assert.Single(json.RootElement.EnumerateArray());
        var code = request.GetProperty("service_request_id").GetString();
        Assert.True(TrackingCode.IsValid(code));
        Assert.Contains("10 ngày làm việc", request.GetProperty("service_notice").GetString());
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var stored = await db.Petitions.Where(p => p.Text == description).ToListAsync();
        Assert.Equal(code, Assert.Single(stored).TrackingCode);
        Assert.Equal(PetitionChannel.Open311, stored[0].Channel);
        Assert.NotNull(stored[0].CenterId);
    }

    [Fact]
    public async Task PostRequest_Xml_ReturnsServiceRequestsDocument()
    {
        var response = await _client.PostAsync("/open311/v2/requests.xml", Form(serviceCode: "kien_nghi", description: Description + " XML " + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        Assert.True(TrackingCode.IsValid(xml.Root.Element("request")!.Element("service_request_id")!.Value));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task PostRequest_BadFields_ReturnsTheGeoReportErrorListWith400(string format)
    {
        var response = await _client.PostAsync($"/open311/v2/requests.{format}", Form(description: "ngắn", addressId: "KHONG_CO", phone: "12"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var errors = format == "json"
            ? JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => (e.GetProperty("code").GetInt32(), e.GetProperty("description").GetString()!)).ToList()
            : XDocument.Parse(body).Root!.Elements("error").Select(e => ((int)e.Element("code")!, e.Element("description")!.Value)).ToList();
        Assert.All(errors, e => Assert.Equal(400, e.Item1));
        Assert.Contains(errors, e => e.Item2.StartsWith("description:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item2.StartsWith("phone:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item2.StartsWith("address_id:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostRequest_UnknownServiceOrBadKey_ReturnsErrors()
    {
        var unknown = await _client.PostAsync("/open311/v2/requests.json", Form(serviceCode: "pothole"));
        var badKey = await _client.PostAsync("/open311/v2/requests.json", Form(apiKey: "cchc_nokey_nosecret"));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("service_code", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement[0].GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, badKey.StatusCode);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task GetRequest_ByTrackingCode_HasTheGeoReportFieldsAndNoPersonalData(string format)
    {
        var code = await CreateAsync(Description + " " + format);

        var response = await _client.GetAsync($"/open311/v2/requests/{code}.{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var fields = format == "json"
            ? JsonDocument.Parse(body).RootElement.EnumerateArray().Single().EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? "" : p.Value.ToString())
            : XDocument.Parse(body).Root!.Elements("request").Single().Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
        Assert.Equal(code, fields["service_request_id"]);
        Assert.Equal("open", fields["status"]);
        Assert.Equal("phan_anh", fields["service_code"]);
        Assert.Equal("TT_TINH", fields["address_id"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$", fields["requested_datetime"]);
        foreach (var key in new[] { "status_notes", "service_name", "agency_responsible", "service_notice", "updated_datetime", "expected_datetime", "address", "zipcode", "lat", "long", "media_url" })
        {
            Assert.True(fields.ContainsKey(key), key);
        }
        foreach (var personal in new[] { "Hoàng", "Thị Dung", "0914", "Lê Duẩn", "Máy lấy số" })
        {
            Assert.DoesNotContain(personal, body);
        }
    }

    [Fact]
    public async Task GetRequests_ByIdsStatusAndDates_ListsThoseRequests()
    {
        var first = await CreateAsync(Description + " một");
        var second = await CreateAsync(Description + " hai");

        using var listed = JsonDocument.Parse(await _client.GetStringAsync($"/open311/v2/requests.json?service_request_id={first},{second}&status=open"));
        using var closed = JsonDocument.Parse(await _client.GetStringAsync($"/open311/v2/requests.json?service_request_id={first}&status=closed"));
        var xml = XDocument.Parse(await _client.GetStringAsync($"/open311/v2/requests.xml?service_request_id={first}"));

        Assert.Equal(new[] { first, second }.Order(), listed.RootElement.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).Order());
        Assert.Empty(closed.RootElement.EnumerateArray());
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        Assert.Equal(first, xml.Root.Element("request")!.Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task GetRequests_ListWithoutIds_NeedsAnApiKeyAndAManagerKeySeesThem()
    {
        var code = await CreateAsync(Description + " manager");
        CreatedApiClient manager;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            manager = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync("Hệ thống một cửa", StaffRoles.Manager, null, "test");
        }

        var anonymous = await _client.GetAsync("/open311/v2/requests.json");
        using var listed = JsonDocument.Parse(await _client.GetStringAsync($"/open311/v2/requests.json?api_key={manager.Key}&start_date=2020-01-01T00:00:00Z"));

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(403, JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32());
        Assert.Contains(code, listed.RootElement.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()));
    }

    [Theory]
    [InlineData("/open311/v2/requests/PA-0000-0000-000.json", HttpStatusCode.NotFound)]
    [InlineData("/open311/v2/requests.json?start_date=hom-qua&service_request_id=PA-0000-0000-000", HttpStatusCode.BadRequest)]
    [InlineData("/open311/v2/nothing-here.json", HttpStatusCode.NotFound)]
    public async Task Errors_AreTheGeoReportErrorList(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().First();
        Assert.Equal((int)status, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
    }
}
