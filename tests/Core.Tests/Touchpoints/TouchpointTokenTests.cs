using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Touchpoints;

public class TouchpointTokenTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const int Many = 20_000;

    [Fact]
    public void Alphabet_ByConstruction_GivesAtLeast40BitsAndNoLookAlikes()
    {
        var bits = TouchpointToken.Length * Math.Log2(TouchpointToken.Alphabet.Length);

        Assert.True(bits >= 40, $"{bits:F1} bits");
        Assert.Equal(TouchpointToken.Alphabet.Length, TouchpointToken.Alphabet.Distinct().Count());
        Assert.DoesNotContain(TouchpointToken.Alphabet, c => "01OILUV".Contains(c) || !char.IsAscii(c) || char.IsLower(c));
    }

    [Fact]
    public void New_ManyTokens_AreUniqueOfTheAlphabetAndLength()
    {
        var tokens = Enumerable.Range(0, Many).Select(_ => TouchpointToken.New()).ToList();

        Assert.Equal(Many, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, token =>
        {
            Assert.Equal(TouchpointToken.Length, token.Length);
            Assert.All(token, c => Assert.Contains(c, TouchpointToken.Alphabet));
        });
    }

    [Fact]
    public void New_ConsecutiveTokens_AreNotSequential()
    {
        var tokens = Enumerable.Range(0, Many).Select(_ => TouchpointToken.New()).ToList();

        var pairs = tokens.Zip(tokens.Skip(1)).ToList();
        // Random tokens share a 6-character prefix with probability 29^-6 (about 1 in 600 million) per pair.
        Assert.All(pairs, pair => Assert.True(CommonPrefix(pair.First, pair.Second) < 6, $"{pair.First} then {pair.Second}"));
        // A counter would make (almost) every next token larger; random ones are larger half the time.
        var increasing = pairs.Count(pair => string.CompareOrdinal(pair.First, pair.Second) < 0);
        Assert.InRange(increasing, Many * 0.45, Many * 0.55);
        // Every position uses the whole alphabet, the last as much as the first.
        Assert.All(Enumerable.Range(0, TouchpointToken.Length),
            position => Assert.Equal(TouchpointToken.Alphabet.Length, tokens.Select(t => t[position]).Distinct().Count()));
    }

    [Fact]
    public async Task CatalogImport_IssuedTokens_AreUniqueAndNotSequentialByIssueOrder()
    {
        await using var db = database.CreateDbContext();

        var tokens = await db.Touchpoints.OrderBy(t => t.Id).Select(t => t.Token).ToListAsync();

        Assert.True(tokens.Count > 60, $"{tokens.Count} touchpoints");
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(CommonPrefix(pair.First, pair.Second) < 6, $"{pair.First} then {pair.Second}"));
    }

    [Theory]
    [InlineData("abcde23456", "ABCDE23456")]
    [InlineData("  ABCDE23456 ", "ABCDE23456")]
    [InlineData("ABCDE23456", "ABCDE23456")]
    public void Normalise_WhatAPersonTypes_GivesTheToken(string typed, string expected)
    {
        Assert.Equal(expected, TouchpointToken.Normalise(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDE2345")]
    [InlineData("ABCDE234567")]
    [InlineData("ABCDE2345O")]
    [InlineData("ABCDE23451")]
    [InlineData("ABCDE2345-")]
    [InlineData("<script>x")]
    [InlineData("ẮBCDE23456")]
    public void Normalise_Malformed_GivesNull(string? typed)
    {
        Assert.Null(TouchpointToken.Normalise(typed));
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }
        return length;
    }
}
