using CchcFeedback.Core.Satisfaction.Tallies;

namespace CchcFeedback.Core.Tests.Satisfaction.Tallies;

public class CompactCountsTests
{
    public static TheoryData<int[]> Arrays => new()
    {
        Array.Empty<int>(),
        new[] { 0, 0, 0 },
        new[] { 1, -1, 63, -64, 64, 127, 128, 300, -300 },
        new[] { int.MaxValue, int.MinValue, 0 },
    };

    [Theory]
    [MemberData(nameof(Arrays))]
    public void Decode_OfEncode_GivesTheSameNumbers(int[] values) =>
        Assert.Equal(values, CompactCounts.Decode(CompactCounts.Encode(values)));

    [Theory]
    [MemberData(nameof(Arrays))]
    public void Matches_ItsOwnEncoding_IsTrue(int[] values) =>
        Assert.True(CompactCounts.Matches(values, CompactCounts.Encode(values)));

    [Fact]
    public void Encode_SmallCounts_TakeOneByteEach() =>
        Assert.Equal([3, 0, 2, 126], CompactCounts.Encode([0, 1, 63]));

    [Theory]
    [InlineData(new[] { 0, 1, 63 }, new[] { 0, 1, 64 })]
    [InlineData(new[] { 0, 1, 63 }, new[] { 0, 1, -63 })]
    [InlineData(new[] { 0, 1, 63 }, new[] { 0, 1 })]
    [InlineData(new[] { 0, 1 }, new[] { 0, 1, 0 })]
    public void Matches_OtherNumbers_IsFalse(int[] stored, int[] values) =>
        Assert.False(CompactCounts.Matches(values, CompactCounts.Encode(stored)));

    [Fact]
    public void Matches_TrailingOrMissingBytes_IsFalse()
    {
        var bytes = CompactCounts.Encode([5, 6]);

        Assert.False(CompactCounts.Matches([5, 6], [.. bytes, 0]));
        Assert.False(CompactCounts.Matches([5, 6], bytes[..^1]));
        Assert.False(CompactCounts.Matches([], []));
    }
}
