using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit;

namespace CchcFeedback.TestCommon.Browser;

/// <summary>One headless Debian Chromium, driven by Playwright, for the tests of a class or a collection. Every
/// page gets a browser context of its own (cookies, storage and cache start empty), so tests do not see each
/// other; contexts, the browser and its temporary folders go when the fixture is disposed.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // From docs/TOOLCHAIN.md. --no-sandbox because CI runs as root, where Chromium's sandbox refuses to start.
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    // Generous on purpose: the suite runs every test project at once on two cores. No test asserts a duration.
    private static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(180);

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DirectoryInfo? _workFolder;

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialized.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run the tests through ./cchc test, which installs it, or `apt-get install chromium`.");
        }
        Assertions.SetDefaultExpectTimeout((float)ActionTimeout.TotalMilliseconds);
        _workFolder = Directory.CreateDirectory(Path.Combine(TestPaths.Temporary, $"browser-{Guid.NewGuid():N}"[..20]));
        _playwright = await Playwright.CreateAsync();
        // Playwright gives each launch a fresh temporary profile (--user-data-dir) and deletes it on close;
        // downloads and traces go to this fixture's own folder, deleted on dispose.
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
            Timeout = (float)LaunchTimeout.TotalMilliseconds,
            DownloadsPath = Path.Combine(_workFolder.FullName, "downloads"),
            TracesDir = Path.Combine(_workFolder.FullName, "traces"),
        });
    }

    /// <summary>A new page in a new context whose relative URLs resolve against <paramref name="baseAddress"/>
    /// (a <see cref="KestrelWebApplicationFactory{TProgram}"/>'s), in Vietnamese and Vietnam's time zone.</summary>
    public async Task<IPage> NewPageAsync(Uri? baseAddress, BrowserDevice device = BrowserDevice.Phone, bool javaScriptEnabled = true)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseAddress?.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            JavaScriptEnabled = javaScriptEnabled,
        };
        if (device == BrowserDevice.Phone)
        {
            options.ViewportSize = new() { Width = 390, Height = 844 };
            options.DeviceScaleFactor = 2;
            options.IsMobile = true;
            options.HasTouch = true;
            options.UserAgent = $"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{Browser.Version} Mobile Safari/537.36";
        }
        else
        {
            options.ViewportSize = new() { Width = 1280, Height = 800 };
        }
        var context = await Browser.NewContextAsync(options);
        _contexts.Add(context);
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)NavigationTimeout.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot under <c>TestResults/screenshots/</c> for people to look at;
    /// returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(TestPaths.TestResults, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var context in _contexts)
            {
                await context.CloseAsync();
            }
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }
        }
        finally
        {
            // Disposing Playwright ends its driver process, which kills any browser it still has.
            _playwright?.Dispose();
            _workFolder?.Delete(recursive: true);
        }
    }
}
