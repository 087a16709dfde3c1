using CchcFeedback.TestCommon.Browser;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>Browser tests share one Chromium and run one class at a time: a browser is heavy on two cores.</summary>
[CollectionDefinition(Name)]
public class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
