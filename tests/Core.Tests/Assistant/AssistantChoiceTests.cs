using CchcFeedback.Core.Assistant;

namespace CchcFeedback.Core.Tests.Assistant;

/// <summary>One matcher for every list of choices: the menu on Zalo and Messenger, and each step of a chat flow.</summary>
public class AssistantChoiceTests
{
    [Theory]
    [InlineData("Gửi phản ánh")]
    [InlineData("gui phan anh")]
    [InlineData("  GỬI PHẢN ÁNH ")]
    [InlineData("Tôi muốn gửi phản ánh, kiến nghị")]
    [InlineData("3")]
    public void Pick_LabelTextOrNumber_PicksThePetitionEntry(string text)
    {
        Assert.Same(AssistantMenu.Petition, AssistantChoice.Pick(text, AssistantMenu.Choices));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("gửi")]
    [InlineData("lệ phí khai sinh")]
    public void Pick_NoEntry_Null(string? text)
    {
        Assert.Null(AssistantChoice.Pick(text, AssistantMenu.Choices));
    }
}
