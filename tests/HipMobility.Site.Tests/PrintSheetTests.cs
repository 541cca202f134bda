using System.Text;
using System.Text.RegularExpressions;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Theme;
using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>
/// Every routine's printed sheet, as a clinic hands it to a patient: every caution of every step, the red flags and the
/// pain rule, on at most two A4 pages.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class PrintSheetTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    private static readonly Lazy<LinkedSite> Guide = new(() =>
    {
        var bag = new DiagnosticBag();
        var urls = new SiteUrls(GuideSite.CanonicalBase);
        var content = ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), urls, bag), bag);
        return LinkStage.Run(content, urls, bag);
    });

    /// <summary>The caution lines made from precaution tags, worded by the real theme.</summary>
    private static readonly Lazy<PrecautionLines> Lines = new(() =>
    {
        var wording = Repo.Path("theme", "wording.yml");
        return new PrecautionLines(Guide.Value, ThemeWording.Parse(wording, File.ReadAllText(wording)));
    });

    public static TheoryData<string> Routines()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("input/routines"), "*.md").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    private static string Squash(string? text) => Regex.Replace(text ?? "", @"\s+", " ").Trim();

    [Theory]
    [MemberData(nameof(Routines))]
    public async Task Every_routine_s_print_page_has_every_caution_and_precaution_of_every_step_the_red_flags_and_fits_two_a4_pages(string id)
    {
        var routine = Guide.Value.Routines[id];
        var page = await site.NewPageAsync();
        await Screenshots.OnFailure(page, "print-sheet-" + id, async () =>
        {
            await page.GotoAsync(site.Url($"/routines/{id}/print/"));
            var steps = page.Locator("ol.sheet-steps > li");
            await Assertions.Expect(steps).ToHaveCountAsync(routine.Steps.Count);
            for (var i = 0; i < routine.Steps.Count; i++)
            {
                var version = Guide.Value.VersionOf(routine.Steps[i])!;
                var shown = (await steps.Nth(i).Locator(".sheet-caution li").AllTextContentsAsync()).Select(Squash).ToList();
                Assert.Equal(version.Pose.Cautions.Concat(Lines.Value.Lines(version)).Select(Squash), shown);
            }
            var notes = (await page.Locator(".sheet-conditions li").AllTextContentsAsync()).Select(Squash).ToList();
            Assert.Equal(routine.PrecautionNotes.Select(n => Squash($"{Guide.Value.PrecautionTags[n.Tag].Title}: {n.Note}")), notes);

            var flags = (await page.Locator(".red-flags li").AllTextContentsAsync()).Select(Squash).ToList();
            Assert.Equal(SheetSafetyWording.UrgentSigns.Concat(SheetSafetyWording.PromptSigns), flags);
            await Assertions.Expect(page.Locator(".pain-scale tbody tr")).ToHaveCountAsync(SheetSafetyWording.PainBands.Count);
            await Assertions.Expect(page.Locator(".pain-rule")).ToContainTextAsync("24 hours");
            await Assertions.Expect(page.Locator(".pain-rule")).ToContainTextAsync("flares up");

            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
            if (Environment.GetEnvironmentVariable("HIPMOBILITY_PRINT_DIR") is { Length: > 0 } dir)
                await File.WriteAllBytesAsync(Path.Combine(dir, id + ".pdf"), pdf);
            var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
            Assert.True(pages is >= 1 and <= 2, $"{id} prints on {pages} A4 pages");
        });
    }
}
