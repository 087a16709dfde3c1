using System.Net;
using System.Net.Http.Json;
using CchcFeedback.Api.Catalog;
using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Catalog.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Api.Tests.Catalog;

public class ProcedureApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task ImportDetailsFixtureAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cchc-details-");
        try
        {
            File.Copy(TestPaths.ProcedureDetailsFixture, Path.Combine(folder.FullName, "procedure-details.json"));
            using var scope = factory.Services.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<CatalogImporter>().ImportAsync(folder.FullName);
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task GetProcedure_WithDetails_ReturnsThePublicRecord()
    {
        await ImportDetailsFixtureAsync();

        var procedure = await _client.GetFromJsonAsync<ProcedureDetailResponse>("/api/catalog/procedures/HT-01", ApiJson.Options);

        Assert.Equal(("HT-01", "Đăng ký khai sinh", "HOTICH", true), (procedure!.Code, procedure.NameVi, procedure.FieldCode, procedure.HandledByCommune));
        var details = procedure.Details!;
        Assert.True(details.Sample);
        Assert.Equal((true, false, OnlineService.Full), (details.Submission.AtCenter, details.Submission.ByPost, details.Submission.Online));
        Assert.Equal(3, details.Steps.Count);
        Assert.Equal(new ProcedureDocument("Giấy chứng sinh", 1, 0, "Nếu không có giấy chứng sinh thì nộp văn bản của người làm chứng."), details.Documents[1]);
        Assert.Equal("Miễn lệ phí đối với đăng ký khai sinh đúng hạn", Assert.Single(details.Fees).Amount);
        Assert.Equal("60/2014/QH13", details.LegalBasis[0].Number);
        Assert.Equal("Giấy khai sinh (bản chính)", details.Result);
    }

    [Fact]
    public async Task GetProcedure_Body_SpellsTheOnlineLevelAsTheFileDoes()
    {
        await ImportDetailsFixtureAsync();

        var body = await _client.GetStringAsync("/api/catalog/procedures/HT-02");

        Assert.Contains("\"online\":\"partial\"", body);
        Assert.Contains("\"legalBasis\":[{\"number\":\"52/2014/QH13\",\"title\":\"Luật Hôn nhân và gia đình\"}]", body);
    }

    [Fact]
    public async Task GetProcedure_UnknownCode_IsNotFoundProblem()
    {
        var response = await _client.GetAsync("/api/catalog/procedures/KHONG-CO");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("No procedure has this code", problem!.Title);
    }

    [Theory]
    [InlineData("HT-01%01")]
    [InlineData("%C3%A1%E2%80%8Bx")]
    public async Task GetProcedure_CodeWithOddCharacters_IsAClientError(string code)
    {
        var response = await _client.GetAsync($"/api/catalog/procedures/{code}");

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task GetOpenApiDocument_DescribesTheProcedureEndpoint()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/catalog/procedures/{code}\"", document);
        Assert.Contains("\"operationId\":\"GetProcedure\"", document.Replace(" ", "").Replace("\n", ""));
    }
}
