namespace CchcFeedback.TestCommon.Browser;

/// <summary>The screen a page is opened on.</summary>
public enum BrowserDevice
{
    /// <summary>A mid-size phone held upright (390×844 CSS pixels, touch): how most citizens arrive, from a QR code.</summary>
    Phone,

    /// <summary>A desktop window (1280×800): how staff work.</summary>
    Desktop,
}
