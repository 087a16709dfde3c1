using System.Globalization;
using System.Security.Claims;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class FigureVisibilityTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static DepartmentScope StaffOf(int department) => DepartmentScope.For(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, StaffRoles.DepartmentStaff), new Claim(StaffClaimTypes.Department, department.ToString(CultureInfo.InvariantCulture))],
        "test")));

    [Theory]
    [MemberData(nameof(FigureVisibilityCases.DepartmentStaff), MemberType = typeof(FigureVisibilityCases))]
    public async Task MaySeeAndVisibleIn_DepartmentStaff_AnswerAsTheSharedTable(string department, SatisfactionScope kind, string code, bool shown)
    {
        await using var db = database.CreateDbContext();
        var visible = StaffOf(await db.Departments.Where(d => d.Code == department).Select(d => d.Id).SingleAsync());
        var unit = await db.FigureUnits(kind).SingleAsync(u => u.Code == code);

        var inMemory = visible.MaySee(unit);
        var inSql = await db.FigureUnits(kind).VisibleIn(visible).AnyAsync(u => u.Code == code);

        Assert.Equal((shown, shown), (inMemory, inSql));
    }

    [Fact]
    public void MaySee_Province_OnlyWhoSeesEveryDepartment()
    {
        Assert.True(DepartmentScope.Everything.MaySee(FigureUnit.Province));
        Assert.False(StaffOf(1).MaySee(FigureUnit.Province));
    }

    [Fact]
    public async Task VisibleIn_Manager_EveryUnitOfTheKind()
    {
        await using var db = database.CreateDbContext();

        var visible = await db.FigureUnits(SatisfactionScope.Center).VisibleIn(DepartmentScope.Everything).CountAsync();

        Assert.Equal(await db.ServiceCenters.CountAsync(), visible);
    }
}
