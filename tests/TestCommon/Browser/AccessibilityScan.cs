using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CchcFeedback.TestCommon.Browser;

/// <summary>Runs axe-core on a page as it stands and keeps what a test should fail on.</summary>
public static class AccessibilityScan
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>The violations with impact "serious" or "critical": those that keep someone from using the page.
    /// Minor and moderate ones are left to review rather than failing a build.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
    }

    /// <summary>One line per rule and one per offending element, for an assertion message.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"[{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                // axe's checks: "any" must have one pass, "all" and "none" every one; those listed here failed.
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    text.AppendLine("       " + check.Message);
                }
            }
        }
        return text.Length == 0 ? "no serious or critical violation" : text.ToString();
    }
}
