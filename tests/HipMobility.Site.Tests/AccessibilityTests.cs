using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HipMobility.Tests.Support;

namespace HipMobility.Tests;

/// <summary>
/// axe on one page of each type (every page would take minutes; the page types share their templates): every rule in
/// the light colour scheme, the contrast rule in the dark one. No serious or critical violation is allowed.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class AccessibilityTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    [Theory]
    [InlineData("/", "light")]
    [InlineData("/poses/pigeon/", "light")]
    [InlineData("/poses/pigeon/", "dark")]
    [InlineData("/poses/bridge/", "light")]
    [InlineData("/poses/bridge/", "dark")]
    [InlineData("/muscles/hip-flexors/", "light")]
    [InlineData("/routines/desk-break/", "light")]
    [InlineData("/routines/desk-break/print/", "light")]
    [InlineData("/routines/desk-break/play/", "light")]
    [InlineData("/routines/desk-break/play/", "dark")]
    [InlineData("/routines/back-strength-six-weeks/", "light")]
    [InlineData("/routines/back-strength-six-weeks/", "dark")]
    [InlineData("/routines/back-strength-six-weeks/print/", "light")]
    [InlineData("/poses/", "light")]
    [InlineData("/poses/by-position/", "light")]
    [InlineData("/muscles/", "dark")]
    [InlineData("/variants/", "light")]
    [InlineData("/search/?q=pigeon", "light")]
    [InlineData("/safety/", "dark")]
    [InlineData("/404.html", "light")]
    [InlineData("/handouts/new/", "light")]
    [InlineData("/handouts/new/", "dark")]
    public async Task Axe_finds_no_serious_or_critical_violation(string path, string scheme)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        await page.GotoAsync(site.Url(path));
        if (path.StartsWith("/search/")) await page.Locator("#search-results > li").First.WaitForAsync();
        if (path.StartsWith("/handouts/")) await page.Locator("#handout[data-ready='true']").WaitForAsync();
        if (path.EndsWith("/play/")) await page.Locator("#player-ui").WaitForAsync();
        // The dark scheme changes colours only (the same markup, the same styles apart from colour), so in dark the
        // contrast rule is the one whose result can differ from light's.
        var result = scheme == "dark"
            ? await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } })
            : await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{path} ({scheme}):\n" + string.Join("\n", serious));
    }
}
