using CchcFeedback.Core.Channels.Conversations;

namespace CchcFeedback.Core.Tests.Channels;

public class YesOrNoTests
{
    [Theory]
    [InlineData("Có", true)]
    [InlineData("co", true)]
    [InlineData("Vâng ạ", true)]
    [InlineData("dạ vâng", true)]
    [InlineData("OK", true)]
    [InlineData("đồng ý!", true)]
    [InlineData("Không", false)]
    [InlineData("ko", false)]
    [InlineData("k", false)]
    [InlineData("không đồng ý", false)]
    [InlineData("có lẽ để tôi hỏi lại", null)]
    [InlineData("", null)]
    public void Read_EverydayAnswer_YesNoOrNeither(string text, bool? expected)
    {
        Assert.Equal(expected, YesOrNo.Read(text));
    }
}
