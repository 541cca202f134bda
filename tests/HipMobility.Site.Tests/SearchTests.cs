using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>
/// Readers search by whatever name they know. Each query must put the right page among the first three results,
/// through the site's own search page and Pagefind index, in the browser.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class SearchTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    private async Task<IReadOnlyList<string>> TopResults(string query, int count = 3)
    {
        var page = await site.NewPageAsync();
        return await TopResults(page, query, count);
    }

    private async Task<IReadOnlyList<string>> TopResults(IPage page, string query, int count = 3)
    {
        await page.GotoAsync(site.Url("/search/?q=" + Uri.EscapeDataString(query)));
        await page.Locator("#search-status:not(:empty):not(:text('Searching…'))").WaitForAsync();
        var links = await page.Locator("#search-results > li > h2 a").EvaluateAllAsync<string[]>("els => els.map(a => new URL(a.href).pathname)");
        return links.Take(count).ToList();
    }

    /// <summary>Names readers know a page by, and the page each must find.</summary>
    private static readonly (string Query, string Expected)[] Queries =
    [
        ("pigeon", "/poses/pigeon/"),
        ("eka pada", "/poses/pigeon/"),
        ("sleeping pigeon", "/poses/pigeon/"),
        ("figure 4", "/poses/figure-four/"),
        ("figure four", "/poses/figure-four/"),
        ("seated piriformis stretch", "/poses/figure-four/"),
        ("piriformis", "/muscles/deep-hip-rotators/"),
        ("garland pose", "/poses/malasana/"),
        ("deep squat", "/poses/malasana/"),
        ("inner thigh", "/muscles/adductors/"),
        ("groin", "/muscles/adductors/"),
        ("psoas", "/muscles/hip-flexors/"),
        ("iliopsoas", "/muscles/hip-flexors/"),
        ("balasana", "/poses/childs-pose/"),
        ("down dog", "/poses/downward-dog/"),
        ("bound angle", "/poses/supported-butterfly/"),
        ("happy baby", "/poses/happy-baby/"),
        ("legs up the wall", "/poses/legs-up-the-wall/"),
        ("desk", "/routines/desk-break/"),
        ("hamstrings", "/muscles/hamstrings/"),
        ("sciatica", "/muscles/deep-hip-rotators/"),
        ("osteoporosis", "/precautions/osteoporosis/"),
        ("hip replacement", "/precautions/hip-replacement-posterior/"),
    ];

    /// <summary>One page searched again and again (a new page per query cost a browser context each).</summary>
    [Fact]
    public async Task Every_query_finds_its_page_among_the_first_three_results()
    {
        var page = await site.NewPageAsync();
        var misses = new List<string>();
        foreach (var (query, expected) in Queries)
        {
            var top = await TopResults(page, query);
            if (!top.Contains(expected)) misses.Add($"'{query}' → {string.Join(", ", top)} (expected {expected})");
        }
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public async Task Searching_chair_finds_poses_that_can_be_done_in_a_chair()
    {
        var top = await TopResults("chair");
        var chairPoses = top.Where(path => path.StartsWith("/poses/", StringComparison.Ordinal) &&
            File.ReadAllText(Path.Combine(site.Directory, path.Trim('/'), "index.html")).Contains("data-pagefind-filter=\"position\">chair<")).ToList();
        Assert.True(chairPoses.Count >= 1, $"'chair' → {string.Join(", ", top)}");
    }

    [Fact]
    public async Task Filtering_to_chair_and_gentle_lists_only_gentle_chair_poses()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?position=chair&intensity=gentle"));
        await page.Locator("#search-results > li").First.WaitForAsync();
        var paths = await page.Locator("#search-results > li > h2 a").EvaluateAllAsync<string[]>("els => els.map(a => new URL(a.href).pathname)");
        Assert.True(paths.Length >= 3, $"only {paths.Length} results");
        foreach (var path in paths)
        {
            var html = await File.ReadAllTextAsync(Path.Combine(site.Directory, path.Trim('/'), "index.html"));
            Assert.Contains("data-pagefind-filter=\"position\">chair<", html);
            Assert.Contains("data-pagefind-filter=\"intensity\">gentle<", html);
        }
    }

    [Fact]
    public async Task On_a_phone_the_first_result_is_on_the_first_screen_with_the_filters_folded_away()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url("/search/?q=bridge"));
            var first = page.Locator("#search-results > li").First;
            await first.WaitForAsync();
            Assert.False(await page.Locator("#search-filters").EvaluateAsync<bool>("d => d.open"));
            await Assertions.Expect(first.Locator("h2 a")).ToBeInViewportAsync();
            // Opened, the filters are all there.
            await page.Locator("#search-filters > summary").ClickAsync();
            await Assertions.Expect(page.Locator("input[name='position'][value='chair']")).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_link_that_sets_filters_opens_them_and_says_how_many_are_chosen()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?position=chair&intensity=gentle"));
        await page.Locator("#search-results > li").First.WaitForAsync();
        Assert.True(await page.Locator("#search-filters").EvaluateAsync<bool>("d => d.open"));
        await Assertions.Expect(page.Locator("#search-filters-count")).ToHaveTextAsync("(2 chosen)");
        await page.Locator("input[name='intensity'][value='gentle']").UncheckAsync();
        await Assertions.Expect(page.Locator("#search-filters-count")).ToHaveTextAsync("(1 chosen)");
    }

    [Fact]
    public async Task A_pose_result_shows_the_pose_s_figure_loaded_from_the_site()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=bridge"));
        var result = page.Locator("#search-results > li").Filter(new() { Has = page.Locator("h2 a[href$='/poses/bridge/']") });
        var figure = result.Locator("img.search-figure");
        await Assertions.Expect(figure).ToHaveAttributeAsync("src", "/figures/bridge.svg");
        await Assertions.Expect(figure).ToHaveAttributeAsync("alt", "");
        await figure.ScrollIntoViewIfNeededAsync();
        // Loaded and drawn: the file answered from the site's own origin and the browser decoded it.
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await figure.ElementHandleAsync());
    }

    [Fact]
    public async Task Result_excerpts_never_show_the_hidden_filter_values_run_together()
    {
        // A pose's filters (position, props, muscles) are hidden markup for Pagefind: indexed as text, their values ran
        // into one another in the excerpt ("flexorsQuadricepsGluteus maximus"). Words glued lower to upper case give them away.
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=bridge"));
        await page.Locator("#search-results > li .search-excerpt").First.WaitForAsync();
        var excerpts = await page.Locator("#search-results > li .search-excerpt").AllTextContentsAsync();
        Assert.True(excerpts.Count >= 3, $"only {excerpts.Count} results");
        Assert.All(excerpts, e => Assert.DoesNotMatch("[a-z][A-Z]", e));
    }

    [Fact]
    public async Task A_clinic_can_link_to_a_search_and_the_box_shows_the_query()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=pigeon"));
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("pigeon");
        await Assertions.Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_slash_key_focuses_the_header_search_box()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/poses/pigeon/"));
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#site-search-q")).ToBeFocusedAsync();
    }

    /// <summary>Bytes on the wire, compressed as Netlify (and the test server) send them.</summary>
    [Fact]
    public async Task One_query_downloads_less_than_150_kb_of_search_bundle()
    {
        var page = await site.NewPageAsync();
        long bytes = 0;
        var sizes = new List<Task>();
        page.RequestFinished += (_, request) =>
        {
            if (!request.Url.Contains("/pagefind/")) return;
            sizes.Add(Task.Run(async () => Interlocked.Add(ref bytes, (await request.SizesAsync()).ResponseBodySize)));
        };
        await page.GotoAsync(site.Url("/search/?q=pigeon"));
        await page.Locator("#search-results > li").First.WaitForAsync();
        await Task.WhenAll(sizes);
        Assert.True(bytes > 0, "no search files were downloaded");
        Assert.True(bytes < 150 * 1024, $"the search bundle for one query was {bytes / 1024} KB");
    }
}
