using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class SatisfactionScopesTests
{
    /// <summary>The names the Api's <c>scope</c> and <c>kind</c>, the report archive's keys and the database's
    /// <c>archived_reports.scope_kind</c> and <c>satisfaction_alerts.unit_kind</c> hold: renaming a member would
    /// break them.</summary>
    [Fact]
    public void Name_EveryScope_IsTheWordStoredAndPublished() =>
        Assert.Equal(["province", "center", "counter", "department", "procedure"], Enum.GetValues<SatisfactionScope>().Select(s => s.Name()));

    [Theory]
    [InlineData("center", SatisfactionScope.Center)]
    [InlineData("Procedure", SatisfactionScope.Procedure)]
    public void TryParseUnitKind_AUnitKind_GivesIt(string text, SatisfactionScope expected)
    {
        Assert.True(SatisfactionScopes.TryParseUnitKind(text, out var kind));

        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("province")]
    [InlineData("2")]
    [InlineData("room")]
    [InlineData(null)]
    public void TryParseUnitKind_NotAUnitKind_IsRefused(string? text) => Assert.False(SatisfactionScopes.TryParseUnitKind(text, out _));
}
