using CchcFeedback.Core.Notifications;

namespace CchcFeedback.Core.Tests.Notifications;

public class ContactMaskTests
{
    [Theory]
    [InlineData("0912345678", "*******678")]
    [InlineData("+84 912 345 678", "********678")]
    [InlineData("12", "***")]
    public void Phone_Number_KeepsTheLastThreeDigitsOnly(string phone, string masked)
    {
        Assert.Equal(masked, ContactMask.Phone(phone));
    }

    [Theory]
    [InlineData("binh.tran@example.vn", "b***@***.vn")]
    [InlineData("an@nguyenfamily.com.vn", "a***@***.vn")]
    [InlineData("not-an-address", "***@***")]
    public void Email_Address_KeepsTheFirstLetterAndTopLevelDomainOnly(string email, string masked)
    {
        Assert.Equal(masked, ContactMask.Email(email));
    }

    [Theory]
    [InlineData(OutboxChannel.Email, "binh.tran@example.vn", "b***@***.vn")]
    [InlineData(OutboxChannel.Sms, "0912345678", "*******678")]
    [InlineData(OutboxChannel.ZaloChat, "2512523625412515", "*************515")]
    [InlineData(OutboxChannel.Messenger, "7034512298765432", "*************432")]
    public void Of_ChannelsAddress_MasksItForItsKind(OutboxChannel channel, string address, string masked)
    {
        Assert.Equal(masked, ContactMask.Of(channel, address));
    }
}
