using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Touchpoints;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Channels;

public class ChannelRepliesTests
{
    private readonly ChannelReplies _replies = new(Options.Create(new PublicSiteOptions { BaseUrl = "https://gopy.quangtri.gov.vn/" }));

    [Theory]
    [InlineData("/thu-tuc/HT-01", "https://gopy.quangtri.gov.vn/thu-tuc/HT-01")]
    [InlineData("/track?code=PA-7K2M9Q", "https://gopy.quangtri.gov.vn/track?code=PA-7K2M9Q")]
    [InlineData("https://dichvucong.gov.vn/p/home", "https://dichvucong.gov.vn/p/home")]
    public void Link_PathOrAddress_IsAnAddressOnThePublicSiteUnlessAlreadyOne(string url, string expected)
    {
        Assert.Equal(expected, _replies.Link(url));
    }
}
