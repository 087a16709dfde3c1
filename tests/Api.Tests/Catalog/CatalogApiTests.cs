using System.Net;
using System.Net.Http.Json;
using CchcFeedback.Api.Catalog;

namespace CchcFeedback.Api.Tests.Catalog;

public class CatalogApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetCenters_SampleCatalog_ListsTheTenCentersWithVietnameseNames()
    {
        var centers = await _client.GetFromJsonAsync<List<CenterResponse>>("/api/catalog/centers", ApiJson.Options);

        Assert.NotNull(centers);
        Assert.Equal(10, centers.Count);
        var conCo = Assert.Single(centers, c => c.Code == "TT_CONCO");
        Assert.Equal("Trung tâm Phục vụ hành chính công đặc khu Cồn Cỏ", conCo.NameVi);
        Assert.Equal("UBND_CONCO", conCo.CommuneDepartmentCode);
    }

    [Fact]
    public async Task GetCenters_Body_IsUtf8WithLettersUnescaped()
    {
        var response = await _client.GetAsync("/api/catalog/centers");

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"nameVi\":\"Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị\"", body);
        Assert.Contains("\"level\":\"province\"", body);
    }

    [Fact]
    public async Task GetDepartments_SampleCatalog_HasRolesAndParents()
    {
        var departments = await _client.GetFromJsonAsync<List<DepartmentResponse>>("/api/catalog/departments", ApiJson.Options);

        Assert.Equal(25, departments!.Count);
        var triage = Assert.Single(departments, d => d.Code == "VP_HCTC");
        Assert.Equal(Core.Catalog.DepartmentRole.Triage, triage.Role);
        Assert.Equal("VP_UBND", triage.ParentCode);
        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch", departments.Single(d => d.Code == "SO_VHTTDL").NameVi);
    }

    [Fact]
    public async Task GetFields_SampleCatalog_ListsOwnersAndCommuneFlag()
    {
        var fields = await _client.GetFromJsonAsync<List<FieldResponse>>("/api/catalog/fields");

        Assert.Equal(25, fields!.Count);
        var civil = Assert.Single(fields, f => f.Code == "HOTICH");
        Assert.Equal(("Hộ tịch", "SO_TP", true), (civil.NameVi, civil.ProvinceDepartmentCode, civil.CommuneHandles));
    }

    [Fact]
    public async Task GetCounters_FilteredByCenter_ListsOnlyThatCentersCountersWithFields()
    {
        var counters = await _client.GetFromJsonAsync<List<CounterResponse>>("/api/catalog/counters?center=TT_TINH_DH");

        Assert.Equal(6, counters!.Count);
        Assert.All(counters, c => Assert.Equal("TT_TINH_DH", c.CenterCode));
        Assert.Equal(["CHUNGTHUC", "HOTICH", "LLTP"], counters.Single(c => c.Code == "TT_TINH_DH-TP").FieldCodes);
        Assert.Empty(counters.Single(c => c.Code == "TT_TINH_DH-TIEPNHAN").FieldCodes);
    }

    [Fact]
    public async Task GetCounters_AllCenters_ListsEveryCounter()
    {
        var counters = await _client.GetFromJsonAsync<List<CounterResponse>>("/api/catalog/counters");

        Assert.Equal(58, counters!.Count);
    }

    [Fact]
    public async Task GetProcedures_CommuneProcedure_HasNoDepartmentAndIsHandledByCommune()
    {
        var procedures = await _client.GetFromJsonAsync<List<ProcedureResponse>>("/api/catalog/procedures", ApiJson.Options);

        Assert.Equal(44, procedures!.Count);
        var birth = Assert.Single(procedures, p => p.Code == "HT-01");
        Assert.Equal(("Đăng ký khai sinh", (string?)null, true, 1), (birth.NameVi, birth.DepartmentCode, birth.HandledByCommune, birth.ProcessingDays));
        Assert.Contains(procedures, p => p.DepartmentCode == "SO_TP" && !p.HandledByCommune);
    }

    [Fact]
    public async Task GetOpenApiDocument_ListsEveryCatalogEndpoint()
    {
        var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        foreach (var path in new[] { "departments", "fields", "centers", "counters", "procedures" })
        {
            Assert.Contains($"\"/api/catalog/{path}\"", document);
        }
        Assert.Contains("\"operationId\":\"GetCenters\"", document.Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public async Task GetDocs_BrowsableReference_IsServed()
    {
        var response = await _client.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
