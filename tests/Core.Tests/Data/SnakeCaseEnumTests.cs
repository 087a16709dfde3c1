using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;

namespace CchcFeedback.Core.Tests.Data;

public class SnakeCaseEnumTests
{
    [Theory]
    [InlineData(DepartmentRole.CenterOperator, "center_operator")]
    [InlineData(DepartmentRole.ItPortal, "it_portal")]
    [InlineData(DepartmentRole.None, "none")]
    public void ToName_Member_IsTheCatalogSpelling(DepartmentRole role, string expected) =>
        Assert.Equal(expected, SnakeCaseEnum.ToName(role));

    [Theory]
    [InlineData("center_operator", DepartmentRole.CenterOperator)]
    [InlineData(" Integrity ", DepartmentRole.Integrity)]
    public void TryParse_CatalogSpelling_ReturnsMember(string text, DepartmentRole expected)
    {
        Assert.True(SnakeCaseEnum.TryParse<DepartmentRole>(text, out var role));
        Assert.Equal(expected, role);
    }

    [Fact]
    public void TryParse_UnknownWord_Fails() =>
        Assert.False(SnakeCaseEnum.TryParse<AdministrativeLevel>("district", out _));
}
