using System.Net;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Procedures;

/// <summary>A procedure whose public record is not yet imported, on a database of its own.</summary>
public class UnpublishedProcedureTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task GetDetails_ProcedureWithoutRecord_ShowsNameCodeAndSaysNotYetPublished()
    {
        await using (var db = TestDatabase.CreateDbContext(factory.ConnectionString))
        {
            await db.ProcedureDetails.Where(d => d.Procedure.Code == "HT-02").ExecuteDeleteAsync();
        }

        var response = await factory.CreateClient().GetAsync("/thu-tuc/HT-02");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Đăng ký kết hôn", page.ByTestId("name").Single().TextContent);
        Assert.Equal("HT-02", page.ByTestId("code").Single().TextContent);
        Assert.NotEmpty(page.ByTestId("not-published"));
        Assert.Empty(page.ByTestId("steps"));
    }
}
