using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Tests.Petitions.Handling;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Routing.Learning;

/// <summary>Every correction teaches routing (issue 17): a transfer and a "not ours" return become labelled
/// examples for the next night's model, not only triage.</summary>
public class CorrectionExamplesTests(DatabaseFixture database) : HandlingTestClass(database)
{
    [Fact]
    public async Task TransferAsync_ToAnotherDepartment_BecomesATransferExampleLabelledWithIt()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Accepted);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");
        var construction = await Services.DepartmentIdAsync("SO_XD");

        await Services.HandleAsync(h => h.TransferAsync(action, construction, "Trật tự xây dựng thuộc Sở Xây dựng."));

        var example = Assert.Single(await ExamplesOfAsync(petition.Id));
        Assert.Equal(("SO_XD", RoutingExampleSource.Transfer, action.Actor), (example.DepartmentCode, example.Source, example.Actor));
        Assert.Equal((petition.Title, petition.Text), (example.Title, example.Text));
    }

    [Fact]
    public async Task AcceptAsync_AfterAnotherDepartmentReturnedIt_BecomesAReturnExampleOnce()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        await Services.HandleAsync(async h => await h.ReturnAsync(await Services.StaffOfAsync(petition.Id, "SO_TP"), "Không thuộc thẩm quyền của Sở Tư pháp."));
        var construction = await Services.DepartmentIdAsync("SO_XD");
        await using (var db = TestDatabase.CreateDbContext(Services.ConnectionString))
        {
            // As the routing job leaves it after the return.
            await db.Petitions.Where(p => p.Id == petition.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.DepartmentId, construction).SetProperty(p => p.Status, PetitionStatus.Routed));
        }
        var accept = await Services.StaffOfAsync(petition.Id, "SO_XD");

        await Services.HandleAsync(h => h.AcceptAsync(accept));

        var example = Assert.Single(await ExamplesOfAsync(petition.Id));
        Assert.Equal(("SO_XD", RoutingExampleSource.Return), (example.DepartmentCode, example.Source));
    }

    [Fact]
    public async Task AcceptAsync_NeverReturned_NoExample()
    {
        var petition = await Services.RoutedAsync("SO_TP");

        await Services.HandleAsync(async h => await h.AcceptAsync(await Services.StaffOfAsync(petition.Id, "SO_TP")));

        Assert.Empty(await ExamplesOfAsync(petition.Id));
    }

    private async Task<List<ManualRoutingExample>> ExamplesOfAsync(Guid petitionId)
    {
        await using var db = TestDatabase.CreateDbContext(Services.ConnectionString);
        return await db.RoutingExamples.AsNoTracking().Where(e => e.PetitionId == petitionId).ToListAsync();
    }
}
