using System.Text.RegularExpressions;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>
/// Every pose that declares a <c>figure:</c> shows it at the top of its page, and every variant that declares one shows
/// it in its row of the variants table: each as an image a screen reader announces, named after the pose or variant and
/// described by the alt text, drawn on the page (not an empty box).
/// </summary>
[Collection(GuideSiteCollection.Name)]
public partial class FigureTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    /// <summary>Pose ids with a figure, and the ids of their variants with one, read from the guide's front matter.</summary>
    public static List<(string PoseId, string[] VariantIds)> PosesWithFigures()
    {
        var data = new List<(string, string[])>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("input", "poses"), "*.md").Order(StringComparer.Ordinal))
        {
            var frontMatter = File.ReadAllText(file).Split("\n---", 2)[0];
            var variants = new List<string>();
            string? variant = null;
            foreach (var line in frontMatter.Split('\n'))
            {
                if (VariantId().Match(line) is { Success: true } m) variant = m.Groups[1].Value;
                else if (!line.StartsWith("  ", StringComparison.Ordinal)) variant = null;
                if (line.TrimEnd() == "    figure:" && variant is not null) variants.Add(variant);
            }
            if (Regex.IsMatch(frontMatter, @"^figure:", RegexOptions.Multiline))
                data.Add((Path.GetFileNameWithoutExtension(file), [.. variants]));
        }
        return data;
    }

    [GeneratedRegex(@"^  - id: ([a-z0-9-]+)\s*$")]
    private static partial Regex VariantId();

    [Fact]
    public void Some_poses_have_figures() => Assert.True(PosesWithFigures().Count >= 3);

    /// <summary>Every pose in one page, opened again and again (a new page per pose cost a browser context each).</summary>
    [Fact]
    public async Task Every_pose_with_a_figure_shows_it_as_an_accessible_image()
    {
        var page = await site.NewPageAsync(390, 844); // a phone
        foreach (var (poseId, variantIds) in PosesWithFigures()) await PoseShowsItsFigures(page, poseId, variantIds);
    }

    private async Task PoseShowsItsFigures(IPage page, string poseId, string[] variantIds)
    {
        await page.GotoAsync(site.Url($"/poses/{poseId}/"));
        var title = (await page.Locator("h1").InnerTextAsync()).Trim();

        var figure = page.Locator(".pose-figure").GetByRole(AriaRole.Img, new() { Name = title, Exact = true });
        await AssertDrawn(figure, $"{poseId}: the figure at the top");
        Assert.True(await page.Locator(".pose-figure").EvaluateAsync<bool>(
            "el => el.getBoundingClientRect().top < document.querySelector('.facts').getBoundingClientRect().top"), $"{poseId}: the figure is not above the facts");

        foreach (var variantId in variantIds)
        {
            var row = page.Locator($"tr#{variantId}");
            var name = (await row.Locator("th").InnerTextAsync()).Trim();
            await AssertDrawn(row.GetByRole(AriaRole.Img, new() { Name = name, Exact = true }), $"{poseId}#{variantId}");
        }
    }

    [Fact]
    public async Task Play_shows_a_movement_step_by_step_from_the_keyboard_and_stops_again()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("/poses/bridge/"));
        var play = page.GetByRole(AriaRole.Button, new() { Name = "Play the movement" });
        var still = page.Locator(".pose-figure").GetByRole(AriaRole.Img, new() { Name = "Bridge", Exact = true });
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator(".figure-movement")).ToBeHiddenAsync(); // nothing moves until asked

        await play.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator(".figure-movement")).ToBeVisibleAsync();
        await Assertions.Expect(still).ToBeHiddenAsync();
        // One step at a time, and the steps change: past the start toward the end.
        await page.WaitForFunctionAsync("() => { const s = [...document.querySelectorAll('.figure-movement .fig-step')]; " +
            "return s.filter(x => x.classList.contains('is-shown')).length === 1 && s.findIndex(x => x.classList.contains('is-shown')) >= 2; }");

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator(".figure-movement")).ToBeHiddenAsync();
        await AssertDrawn(still, "bridge after Play is stopped");
    }

    [Fact]
    public async Task With_reduced_motion_a_movement_has_no_Play_control_and_shows_its_still_frames()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync(site.Url("/poses/bridge/"));
        await Assertions.Expect(page.Locator("[data-figure-play-button]")).ToBeHiddenAsync();
        await AssertDrawn(page.Locator(".pose-figure").GetByRole(AriaRole.Img, new() { Name = "Bridge", Exact = true }), "bridge with reduced motion");
    }

    [Fact]
    public async Task Pose_cards_and_a_printed_handout_show_each_figure_as_an_image_file()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/poses/"));
        var withFigures = PosesWithFigures().Select(p => site.Url($"/poses/{p.PoseId}/")).ToHashSet();
        // Lazy images load as they come near: load them all, then ask which cards drew theirs.
        await page.EvaluateAsync("() => document.querySelectorAll('img.card-figure').forEach(i => i.loading = 'eager')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.card-figure')].every(i => i.complete)");
        var cards = await page.Locator(".card").EvaluateAllAsync<string[][]>(
            "cards => cards.map(c => [c.querySelector('.card-link').href, String(c.querySelector('img.card-figure')?.naturalWidth ?? -1)])");
        foreach (var card in cards)
            Assert.True(withFigures.Contains(card[0]) ? int.Parse(card[1]) > 0 : card[1] == "-1", $"{card[0]}: card figure {card[1]}");

        // A handout of the pigeon on a block and the bridge: each step prints its version's own figure, named for a reader.
        await page.GotoAsync(site.Url("/handouts/new/#v1.eyJ0IjoiRXZlbmluZyIsInMiOlt7InAiOiJwaWdlb24iLCJ2IjoibW9kaWZpZWQiLCJoIjoiNDVzIiwiZSI6MX0seyJwIjoiYnJpZGdlIiwiciI6IjgtMTAiLCJ3IjozfV19"));
        var images = page.Locator("#sheet-steps img.figure-svg");
        await Assertions.Expect(images).ToHaveCountAsync(2);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#sheet-steps img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.EndsWith("/figures/pigeon/modified.svg", await images.Nth(0).GetAttributeAsync("src"));
        Assert.StartsWith("Start: ", await images.Nth(1).GetAttributeAsync("alt"));
    }

    private static readonly Lazy<LinkedSite> Guide = new(() =>
    {
        var bag = new DiagnosticBag();
        var urls = new SiteUrls(GuideSite.CanonicalBase);
        return LinkStage.Run(ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), urls, bag), bag), urls, bag);
    });

    public static List<(string Url, string FigureClass)> RoutinePages()
    {
        var data = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("input", "routines"), "*.md").Order(StringComparer.Ordinal))
            foreach (var (path, figure) in new[] { ("", ".step-figure"), ("print/", ".sheet-figure") })
                data.Add(($"/routines/{Path.GetFileNameWithoutExtension(file)}/{path}", figure));
        return data;
    }

    /// <summary>Every routine's page and print page, in one page opened again and again.</summary>
    [Fact]
    public async Task Every_routine_step_whose_pose_or_version_has_a_figure_shows_it()
    {
        var page = await site.NewPageAsync();
        foreach (var (url, figureClass) in RoutinePages()) await RoutineStepsShowTheirFigures(page, url, figureClass);
    }

    private async Task RoutineStepsShowTheirFigures(IPage page, string url, string figureClass)
    {
        var routine = Guide.Value.Routines[url.Split('/')[2]];
        await page.GotoAsync(site.Url(url));
        var steps = page.Locator(figureClass == ".step-figure" ? "ol.steps > li" : "ol.sheet-steps > li");
        await Assertions.Expect(steps).ToHaveCountAsync(routine.Steps.Count);
        for (var i = 0; i < routine.Steps.Count; i++)
        {
            var step = routine.Steps[i];
            var pose = Guide.Value.Poses[step.PoseId];
            var variant = step.VariantId is null ? null : pose.FindVariant(step.VariantId);
            var figure = variant is null ? pose.Figure : pose.FigureOf(variant);
            var images = steps.Nth(i).Locator(figureClass).GetByRole(AriaRole.Img, new() { Name = variant?.Name ?? pose.Title, Exact = true });
            if (figure is null) Assert.Equal(0, await steps.Nth(i).Locator(figureClass).CountAsync());
            else
            {
                Assert.True(await images.CountAsync() == 1, $"{url} step {i + 1}: no figure of {variant?.Name ?? pose.Title}");
                var box = await images.BoundingBoxAsync();
                Assert.True(box is { Width: > 10, Height: > 12 } && Math.Max(box.Width, box.Height) > 40, $"{url} step {i + 1}: figure drawn at {box?.Width}x{box?.Height}");
            }
        }
    }

    private static async Task AssertDrawn(ILocator image, string what)
    {
        Assert.True(await image.CountAsync() == 1, $"{what}: no image with the expected name");
        var description = await image.EvaluateAsync<string>("el => document.getElementById(el.getAttribute('aria-describedby'))?.textContent ?? ''");
        Assert.True(description.Trim().Length > 10, $"{what}: no description");
        var box = await image.BoundingBoxAsync();
        Assert.True(box is { Width: > 60, Height: > 20 }, $"{what}: drawn at {box?.Width}x{box?.Height}");
        Assert.True(box!.X >= 0 && box.X + box.Width <= 391, $"{what}: wider than a phone screen");
        Assert.True(await image.Locator("path.fig-near").CountAsync() > 3, $"{what}: no body drawn");
    }
}
