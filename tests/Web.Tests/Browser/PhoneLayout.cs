using Microsoft.Playwright;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>What sticks out of a phone's screen: the page's width, and the elements that reach past the viewport's
/// right edge with no box of their own to scroll them in (only the outermost of each, to name the culprit).</summary>
public static class PhoneLayout
{
    public const int Width = 390;

    private const string Sticking = """
        () => {
            const right = document.documentElement.clientWidth;
            const scrolls = el => {
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
                }
                return false;
            };
            const out = el => el.getBoundingClientRect().right > right + 0.5 && !scrolls(el);
            const name = el => el.tagName.toLowerCase()
                + (el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : '')
                + ` (right ${Math.round(el.getBoundingClientRect().right)} px)`;
            return [...document.body.querySelectorAll('*')]
                .filter(el => out(el) && !(el.parentElement && el.parentElement !== document.body && out(el.parentElement)))
                .map(name);
        }
        """;

    public static Task<int> PageWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    public static Task<int> ViewportWidthAsync(IPage page) => page.EvaluateAsync<int>("() => window.innerWidth");

    public static async Task<IReadOnlyList<string>> StickingOutAsync(IPage page) => await page.EvaluateAsync<string[]>(Sticking);
}
