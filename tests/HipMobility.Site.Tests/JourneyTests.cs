using System.Text.RegularExpressions;
using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>What people do with the guide, each as one test. Waits on conditions, never on fixed delays.</summary>
[Collection(GuideSiteCollection.Name)]
public class JourneyTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    private Task Run(IPage page, string name, Func<Task> test) => Screenshots.OnFailure(page, name, test);

    [Fact]
    public async Task A_reader_searches_pigeon_from_the_header_opens_it_and_jumps_to_the_modified_variant()
    {
        var page = await site.NewPageAsync();
        await Run(page, nameof(A_reader_searches_pigeon_from_the_header_opens_it_and_jumps_to_the_modified_variant), async () =>
        {
            await page.GotoAsync(site.Url("/"));
            await page.FillAsync("#site-search-q", "pigeon");
            await page.PressAsync("#site-search-q", "Enter");
            var first = page.Locator("#search-results > li a").First;
            await Assertions.Expect(first).ToHaveAttributeAsync("href", new Regex("/poses/pigeon/$"));
            await first.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pigeon");
            await page.Locator("a[href$='#modified']").First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/poses/pigeon/#modified$"));
            await Assertions.Expect(page.Locator("[id='modified']")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task A_reader_opens_a_muscle_from_the_body_map_and_reaches_a_pose_that_stretches_it()
    {
        var page = await site.NewPageAsync();
        await Run(page, nameof(A_reader_opens_a_muscle_from_the_body_map_and_reaches_a_pose_that_stretches_it), async () =>
        {
            await page.GotoAsync(site.Url("/muscles/"));
            // The region is two shapes (both thighs) with a gap between: click on one thigh, as a person would.
            var region = page.Locator("svg a[href*='/muscles/hamstrings/']").First;
            var box = (await region.BoundingBoxAsync())!;
            await region.ClickAsync(new() { Position = new Position { X = box.Width * 0.2f, Y = box.Height / 2 } });
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/muscles/hamstrings/$"));
            var stretchingPose = page.Locator("[aria-labelledby='stretched-h'] a[href*='/poses/']").First;
            var poseTitle = await stretchingPose.InnerTextAsync();
            await stretchingPose.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(poseTitle.Trim());
            await Assertions.Expect(page.Locator("a[href$='/muscles/hamstrings/']").First).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Someone_who_cannot_get_down_to_the_floor_filters_the_variant_finder_to_chair_and_finds_five_options()
    {
        var page = await site.NewPageAsync();
        await Run(page, nameof(Someone_who_cannot_get_down_to_the_floor_filters_the_variant_finder_to_chair_and_finds_five_options), async () =>
        {
            await page.GotoAsync(site.Url("/variants/"));
            await page.Locator("input[name='position'][value='chair']").CheckAsync();
            var visible = page.Locator("#finder-table tbody tr:visible");
            await Assertions.Expect(page.Locator("#finder-table tbody tr[data-position='standing']:visible")).ToHaveCountAsync(0);
            Assert.True(await visible.CountAsync() >= 5, $"only {await visible.CountAsync()} chair options");
            foreach (var row in await visible.AllAsync())
                Assert.Equal("chair", await row.GetAttributeAsync("data-position"));
        });
    }

    [Fact]
    public async Task Someone_after_a_posterior_hip_replacement_ticks_it_in_the_variant_finder_and_only_versions_that_suit_remain()
    {
        var page = await site.NewPageAsync();
        await Run(page, nameof(Someone_after_a_posterior_hip_replacement_ticks_it_in_the_variant_finder_and_only_versions_that_suit_remain), async () =>
        {
            await page.GotoAsync(site.Url("/variants/"));
            var all = await page.Locator("#finder-table tbody tr").CountAsync();
            await page.Locator("input[name='condition'][value='hip-replacement-posterior']").CheckAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?]condition=hip-replacement-posterior$"));
            var visible = page.Locator("#finder-table tbody tr:visible");
            await Assertions.Expect(page.Locator("#finder-table tbody tr:visible a[href$='/poses/pigeon/#modified']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#finder-table tbody tr:visible a[href$='/poses/seated-spinal-twist/#chair']")).ToHaveCountAsync(1);
            var left = await visible.CountAsync();
            Assert.InRange(left, 1, all - 1);
            foreach (var row in await visible.AllAsync())
                Assert.DoesNotContain("hip-replacement-posterior", (await row.GetAttributeAsync("data-not-for"))!.Split(' '));
        });
    }

    [Fact]
    public async Task A_clinician_prints_a_routine_on_at_most_two_a4_pages_with_a_qr_code_of_its_url()
    {
        var page = await site.NewPageAsync();
        await Run(page, nameof(A_clinician_prints_a_routine_on_at_most_two_a4_pages_with_a_qr_code_of_its_url), async () =>
        {
            await page.GotoAsync(site.Url("/routines/fifteen-gentle-stretches/"));
            await page.Locator("a.print-link").First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/routines/fifteen-gentle-stretches/print/$"));

            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
            var pages = Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
            Assert.InRange(pages, 1, 2);

            var qr = await page.Locator("svg.qr").ScreenshotAsync(new LocatorScreenshotOptions { Scale = ScreenshotScale.Device });
            Assert.Equal(GuideSite.CanonicalBase + "routines/fifteen-gentle-stretches/", await QrDecoder.Decode(site, qr));
        });
    }

    [Theory]
    [InlineData("/poses/pigeon/")]
    [InlineData("/routines/desk-break/")]
    [InlineData("/variants/")]
    public async Task On_a_360_by_740_phone_nothing_overflows_horizontally(string path)
    {
        var page = await site.NewPageAsync(360, 740);
        await Run(page, "phone-overflow" + path.Replace('/', '-'), async () =>
        {
            await page.GotoAsync(site.Url(path));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone");
        });
    }

    [Theory]
    [InlineData("/poses/pigeon/")]
    [InlineData("/variants/")]
    public async Task At_320_px_each_version_is_a_card_that_names_every_value_and_fits_the_screen(string path)
    {
        // The tables carry no ARIA roles (the Nu Html Checker rejects them on table elements), so the cards come from
        // table.stack's CSS alone: this holds that layout at the narrowest width WCAG's reflow criterion names.
        var page = await site.NewPageAsync(320, 640);
        await Run(page, "stacked-table" + path.Replace('/', '-'), async () =>
        {
            await page.GotoAsync(site.Url(path));
            var problems = await page.EvaluateAsync<string[]>("""
                () => {
                  const problems = [], rows = [...document.querySelectorAll('table.stack tbody tr')];
                  if (rows.length === 0) problems.push('no rows in table.stack');
                  if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page is wider than the screen');
                  for (const row of rows) {
                    const box = row.getBoundingClientRect();
                    if (getComputedStyle(row).display !== 'block') { problems.push('a row is not a card'); break; }
                    if (box.right > window.innerWidth) { problems.push('a card is wider than the screen'); break; }
                    for (const cell of row.querySelectorAll('td[data-label]')) {
                      const label = getComputedStyle(cell, '::before').content;
                      if (label !== '"' + cell.dataset.label + '"') { problems.push('a value is shown without its label: ' + label); break; }
                    }
                  }
                  return problems;
                }
                """);
            Assert.Empty(problems);
        });
    }

    [Fact]
    public async Task A_missing_page_shows_the_404_page()
    {
        var page = await site.NewPageAsync();
        await Run(page, nameof(A_missing_page_shows_the_404_page), async () =>
        {
            var response = await page.GotoAsync(site.Url("/poses/no-such-pose/"));
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("not found", new() { IgnoreCase = true });
        });
    }
}
