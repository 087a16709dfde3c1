using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Tests.Security;

public class TextInputCutTests
{
    [Theory]
    [InlineData("phản ánh", 20, "phản ánh")]
    [InlineData("phản ánh", 4, "phản")]
    [InlineData("ab😀cd", 3, "ab")]
    [InlineData("ab😀cd", 4, "ab😀")]
    public void Cut_AtMostTheLength_NeverBetweenTheHalvesOfAnEmoji(string text, int maxLength, string expected)
    {
        var cut = TextInput.Cut(text, maxLength);

        Assert.Equal(expected, cut);
        Assert.True(TextInput.IsFreeText(cut));
    }
}
