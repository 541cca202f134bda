using HipMobility.Rendering;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>
/// The handout builder at /handouts/new/: building, sharing by link, printing, its QR code, and links that are broken
/// or name poses that are gone. Links are made here from the format in CONTRIBUTING.md ("Handout links"), not by the
/// page's own code, so the tests also hold the page to the written format. Waits on conditions, never fixed delays.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class HandoutTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    private const string Path = "/handouts/new/";

    private Task Run(IPage page, string name, Func<Task> test) => Screenshots.OnFailure(page, "handout-" + name, test);

    /// <summary>A handout link's fragment, exactly as CONTRIBUTING.md specifies: "v1." + base64url(UTF-8 JSON), no padding.</summary>
    public static string Fragment(object handout) =>
        "v1." + Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(handout))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly object SixSteps = new
    {
        t = "Hips after a long day",
        c = "Riverside Physio",
        n = "Go gently for the first week.",
        s = new object[]
        {
            new { p = "pigeon", v = "modified", h = "45s", e = 1, x = 2, w = 5, o = "Use the block." },
            new { p = "figure-four", v = "chair", h = "30s", e = 1 },
            new { p = "bridge", v = "low", h = "5s", r = "8-10", w = 3 },
            new { p = "supine-twist", h = "30-60s", e = 1 },
            new { p = "childs-pose", v = "supported", h = "1 min" },
            new { p = "legs-up-the-wall", h = "3-5 min", w = 7 },
        },
    };

    private async Task<IPage> Open(string fragment = "", IPage? page = null)
    {
        page ??= await site.NewPageAsync();
        await page.GotoAsync(site.Url(Path) + (fragment.Length > 0 ? "#" + fragment : ""));
        await page.Locator("#handout[data-ready='true']").WaitForAsync();
        return page;
    }

    private static ILocator SheetSteps(IPage page) => page.Locator("#sheet-steps > li");

    private static async Task AddPose(IPage page, string typed, string title)
    {
        var search = page.Locator("#hb-search");
        await search.FillAsync(typed);
        await Assertions.Expect(page.Locator("#hb-options [role='option']").First).ToBeVisibleAsync();
        await search.PressAsync("ArrowDown");
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-activedescendant", new Regex("^hb-opt-"));
        var count = await page.Locator("#hb-steps > li").CountAsync();
        await search.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#hb-steps > li")).ToHaveCountAsync(count + 1);
        await Assertions.Expect(page.Locator("#hb-steps > li").Last.Locator("h3")).ToContainTextAsync(title);
    }

    [Fact]
    public async Task A_clinician_builds_a_six_step_handout_and_its_link_reopens_the_same_handout()
    {
        var page = await Open();
        await Run(page, nameof(A_clinician_builds_a_six_step_handout_and_its_link_reopens_the_same_handout), async () =>
        {
            await page.Locator("#hb-title").FillAsync("Morning hips");
            await page.Locator("#hb-clinic").FillAsync("Riverside Physio");
            await page.Locator("#hb-note").FillAsync("Call us if the pain spreads.");
            await AddPose(page, "sleeping pigeon", "Pigeon");
            await AddPose(page, "figure 4", "Figure four");
            await AddPose(page, "glute bridge", "Bridge");
            await AddPose(page, "child", "Child's pose");
            await AddPose(page, "twist supine", "Supine twist");
            await AddPose(page, "legs up", "Legs up the wall");

            var first = page.Locator("#hb-steps > li").First;
            await first.Locator("[data-field='variant']").SelectOptionAsync("modified");
            await first.Locator("[data-field='hold']").FillAsync("45s");
            await first.Locator("[data-field='sets']").SelectOptionAsync("2");
            await first.Locator("[data-field='days']").SelectOptionAsync("5");
            await first.Locator("[data-field='note']").FillAsync("Use a block under the hip.");
            var bridge = page.Locator("#hb-steps > li").Nth(2);
            await bridge.Locator("[data-field='hold']").FillAsync("");
            await bridge.Locator("[data-field='reps']").FillAsync("8-10");
            await bridge.Locator("[data-field='sides']").SelectOptionAsync("both");

            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(6);
            await Assertions.Expect(SheetSteps(page).First).ToContainTextAsync("Hold 45 seconds · Each side · 2 sets · 5 days a week");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/handouts/new/#v1\\.[A-Za-z0-9_-]+$"));
            var url = page.Url;
            var sheet = await page.Locator("#handout-sheet").InnerTextAsync();

            var reopened = await Open(url[url.IndexOf('#')..][1..], await site.NewPageAsync());
            await Assertions.Expect(reopened.Locator("#sheet-title")).ToHaveTextAsync("Morning hips");
            Assert.Equal(sheet, await reopened.Locator("#handout-sheet").InnerTextAsync());
            Assert.Equal(url, reopened.Url);
            await Assertions.Expect(reopened.Locator("#handout-builder")).ToBeHiddenAsync();
            await reopened.Locator("#handout-edit").ClickAsync();
            await Assertions.Expect(reopened.Locator("#hb-clinic")).ToHaveValueAsync("Riverside Physio");
            await Assertions.Expect(reopened.Locator("#hb-steps > li").First.Locator("[data-field='variant']")).ToHaveValueAsync("modified");
            await Assertions.Expect(reopened.Locator("#hb-steps > li").First.Locator("[data-field='note']")).ToHaveValueAsync("Use a block under the hip.");
        });
    }

    [Fact]
    public async Task The_link_is_the_documented_format_and_the_page_reads_a_link_made_elsewhere()
    {
        var fragment = Fragment(SixSteps);
        var page = await Open(fragment);
        await Run(page, nameof(The_link_is_the_documented_format_and_the_page_reads_a_link_made_elsewhere), async () =>
        {
            await Assertions.Expect(page.Locator("#sheet-title")).ToHaveTextAsync("Hips after a long day");
            await Assertions.Expect(page.Locator("#sheet-clinic")).ToHaveTextAsync("From Riverside Physio");
            await Assertions.Expect(page.Locator("#sheet-note")).ToHaveTextAsync("Go gently for the first week.");
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(6);
            await Assertions.Expect(SheetSteps(page).Nth(0)).ToContainTextAsync("Modified pigeon on a block");
            await Assertions.Expect(SheetSteps(page).Nth(2)).ToContainTextAsync("Hold 5 seconds · Repeat 8–10 times · Both sides together · 3 days a week");
            await Assertions.Expect(SheetSteps(page).Nth(5)).ToContainTextAsync("Every day");

            // Editing rewrites the link in the same format; decoded here, it says what the page shows.
            await page.Locator("#handout-edit").ClickAsync();
            await page.Locator("#hb-title").FillAsync("Évening hips");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("#v1\\."));
            var written = page.Url[(page.Url.IndexOf("#v1.", StringComparison.Ordinal) + 4)..];
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(written.Replace('-', '+').Replace('_', '/').PadRight((written.Length + 3) / 4 * 4, '=')));
            using var doc = JsonDocument.Parse(json);
            Assert.Equal("Évening hips", doc.RootElement.GetProperty("t").GetString());
            var steps = doc.RootElement.GetProperty("s");
            Assert.Equal(6, steps.GetArrayLength());
            Assert.Equal("pigeon", steps[0].GetProperty("p").GetString());
            Assert.Equal("modified", steps[0].GetProperty("v").GetString());
            Assert.Equal(2, steps[0].GetProperty("x").GetInt32());
            Assert.False(steps[4].TryGetProperty("e", out _), "a step done on both sides has no 'e'");
        });
    }

    [Fact]
    public async Task The_example_link_in_contributing_opens_the_handout_it_describes()
    {
        var doc = File.ReadAllText(Repo.Path("CONTRIBUTING.md"));
        var example = Regex.Match(doc, @"/handouts/new/#(v1\.[A-Za-z0-9_-]+)`").Groups[1].Value;
        Assert.NotEmpty(example);
        var page = await Open(example);
        await Run(page, nameof(The_example_link_in_contributing_opens_the_handout_it_describes), async () =>
        {
            await Assertions.Expect(page.Locator("#sheet-title")).ToHaveTextAsync("Evening");
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(2);
            await Assertions.Expect(SheetSteps(page).Nth(0)).ToContainTextAsync("Modified pigeon on a block");
            await Assertions.Expect(SheetSteps(page).Nth(0)).ToContainTextAsync("Hold 45 seconds · Each side");
            await Assertions.Expect(SheetSteps(page).Nth(1)).ToContainTextAsync("Repeat 8–10 times · Both sides together · 3 days a week");
        });
    }

    [Fact]
    public async Task Following_the_skip_link_keeps_the_handout_in_the_address()
    {
        var fragment = Fragment(SixSteps);
        var page = await Open(fragment);
        await Run(page, nameof(Following_the_skip_link_keeps_the_handout_in_the_address), async () =>
        {
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("#" + Regex.Escape(fragment) + "$"));
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(6);
        });
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task A_ten_step_handout_prints_on_at_most_two_pages(string format)
    {
        var note = "Keep the movement slow and stop before it pinches.";
        var fragment = Fragment(new
        {
            t = "Ten steps for a stiff lower back",
            c = "Riverside Physio and Sports Clinic",
            n = "Do the whole routine once a day. If a step hurts, skip it and tell us at your next visit. Bring this sheet with you.",
            s = new object[]
            {
                new { p = "pigeon", v = "modified", h = "45s", e = 1, x = 2, w = 5, o = note },
                new { p = "figure-four", v = "chair", h = "30s", e = 1, x = 2, w = 5, o = note },
                new { p = "bridge", v = "low", h = "5s", r = "8-10", x = 3, w = 3, o = note },
                new { p = "supine-twist", h = "30-60s", e = 1, w = 5, o = note },
                new { p = "childs-pose", v = "supported", h = "1 min", w = 7, o = note },
                new { p = "cat-cow-knee-draw", r = "5-6", e = 1, x = 2, w = 5, o = note },
                new { p = "kneeling-hip-flexor-stretch", v = "chair", h = "30s", e = 1, w = 5, o = note },
                new { p = "windshield-wipers", r = "8-10", e = 1, x = 2, w = 4, o = note },
                new { p = "happy-baby", v = "half", h = "30-60s", w = 5, o = note },
                new { p = "legs-up-the-wall", h = "3-5 min", w = 7, o = note },
            },
        });
        var page = await Open(fragment);
        await Run(page, nameof(A_ten_step_handout_prints_on_at_most_two_pages) + "-" + format, async () =>
        {
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(10);
            // Every caution of the pose, whichever version the step uses, and every precaution of that version (modified
            // pigeon: one caution, and lines for both hip replacements, knee problems, sciatica and wrists or shoulders that
            // cannot take weight); the red flags and pain rule.
            await Assertions.Expect(SheetSteps(page).First.Locator(".sheet-caution li")).ToHaveCountAsync(6);
            await Assertions.Expect(SheetSteps(page).First.Locator(".sheet-caution li[data-tag='knee-problems']")).ToContainTextAsync("If you have knee problems,");
            await Assertions.Expect(page.Locator("#handout-sheet .red-flags li")).ToHaveCountAsync(SheetSafetyWording.UrgentSigns.Count + SheetSafetyWording.PromptSigns.Count);
            await Assertions.Expect(page.Locator("#handout-sheet .pain-scale tbody tr")).ToHaveCountAsync(SheetSafetyWording.PainBands.Count);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = true });
            var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
            Assert.InRange(pages, 1, 2);
        });
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task A_ten_step_handout_checked_for_three_conditions_prints_them_and_every_warning_on_at_most_two_pages(string format)
    {
        var note = "Keep the movement slow and stop before it pinches.";
        var fragment = Fragment(new
        {
            t = "Ten steps for a stiff lower back",
            c = "Riverside Physio and Sports Clinic",
            n = "Do the whole routine once a day. If a step hurts, skip it and tell us at your next visit. Bring this sheet with you.",
            k = new[] { "hip-replacement-anterior", "osteoporosis", "knee-problems" },
            s = new object[]
            {
                new { p = "pigeon", v = "modified", h = "45s", e = 1, x = 2, w = 5, o = note },
                new { p = "figure-four", v = "chair", h = "30s", e = 1, x = 2, w = 5, o = note },
                new { p = "bridge", v = "low", h = "5s", r = "8-10", x = 3, w = 3, o = note },
                new { p = "supine-twist", h = "30-60s", e = 1, w = 5, o = note },
                new { p = "seated-hip-hinge-dowel", r = "8", w = 7, o = note },
                new { p = "cat-cow-knee-draw", r = "5-6", e = 1, x = 2, w = 5, o = note },
                new { p = "kneeling-hip-flexor-stretch", v = "chair", h = "30s", e = 1, w = 5, o = note },
                new { p = "windshield-wipers", r = "8-10", e = 1, x = 2, w = 4, o = note },
                new { p = "happy-baby", v = "half", h = "30-60s", w = 5, o = note },
                new { p = "legs-up-the-wall", h = "3-5 min", w = 7, o = note },
            },
        });
        var page = await Open(fragment);
        await Run(page, nameof(A_ten_step_handout_checked_for_three_conditions_prints_them_and_every_warning_on_at_most_two_pages) + "-" + format, async () =>
        {
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(10);
            await Assertions.Expect(page.Locator("#sheet-checked")).ToHaveTextAsync("Checked for: Hip replacement, anterior approach; Osteoporosis; Knee problems.");
            await Assertions.Expect(SheetSteps(page).Nth(5).Locator(".sheet-caution li.is-checked")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#handout-sheet .red-flags li")).ToHaveCountAsync(SheetSafetyWording.UrgentSigns.Count + SheetSafetyWording.PromptSigns.Count);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = true });
            var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
            Assert.InRange(pages, 1, 2);
        });
    }

    [Fact]
    public async Task A_pose_to_leave_out_for_a_ticked_condition_cannot_be_added_and_its_safer_version_is_offered()
    {
        var page = await Open();
        await Run(page, nameof(A_pose_to_leave_out_for_a_ticked_condition_cannot_be_added_and_its_safer_version_is_offered), async () =>
        {
            await page.Locator("#hb-condition-hip-replacement-posterior").CheckAsync();
            var search = page.Locator("#hb-search");
            await search.FillAsync("seated spinal twist");
            await Assertions.Expect(page.Locator("#hb-opt-seated-spinal-twist")).ToContainTextAsync("not for hip replacement, posterior approach");
            await search.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("was not added");
            await Assertions.Expect(page.Locator("#hb-steps > li")).ToHaveCountAsync(0);
            var offer = page.Locator("#hb-offer");
            await Assertions.Expect(offer).ToHaveTextAsync("Add Chair twist (Seated spinal twist) instead");
            await offer.ClickAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#hb-steps > li select[data-field='variant']")).ToHaveValueAsync("chair");
            // The versions to leave out cannot be chosen for the step either.
            await Assertions.Expect(page.Locator("#hb-steps > li select[data-field='variant'] option[value='standard']")).ToBeDisabledAsync();
            await Assertions.Expect(SheetSteps(page).First).ToContainTextAsync("Chair twist");
        });
    }

    [Fact]
    public async Task A_pose_to_change_for_a_ticked_condition_is_added_as_the_version_named_for_it()
    {
        var page = await Open();
        await Run(page, nameof(A_pose_to_change_for_a_ticked_condition_is_added_as_the_version_named_for_it), async () =>
        {
            await page.Locator("#hb-condition-knee-problems").CheckAsync();
            await AddPose(page, "pigeon", "Pigeon");
            await Assertions.Expect(page.Locator("#hb-steps > li select[data-field='variant']")).ToHaveValueAsync("modified");
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("the version for knee problems");
        });
    }

    [Fact]
    public async Task Ticking_a_condition_flags_a_step_already_there_and_offers_its_safer_version()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "childs-pose", v = "supported", h = "1 min" }, new { p = "bridge", v = "low", r = "8" } } }));
        await Run(page, nameof(Ticking_a_condition_flags_a_step_already_there_and_offers_its_safer_version), async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            await page.Locator("#hb-condition-osteoporosis").CheckAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li").First.Locator(".hb-notice")).ToContainTextAsync("To be left out for osteoporosis");
            await Assertions.Expect(page.Locator("#hb-steps > li").Nth(1).Locator(".hb-notice")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("1 step is to be left out");
        });
    }

    [Fact]
    public async Task The_link_restores_the_ticked_conditions_and_the_page_writes_them_into_its_link()
    {
        var page = await Open(Fragment(new { t = "Checked", k = new[] { "pregnancy", "sciatica" }, s = new object[] { new { p = "bridge", v = "low", r = "8" } } }));
        await Run(page, nameof(The_link_restores_the_ticked_conditions_and_the_page_writes_them_into_its_link), async () =>
        {
            await Assertions.Expect(page.Locator("#sheet-checked")).ToHaveTextAsync("Checked for: Pregnancy; Sciatica and nerve pain down the leg.");
            await page.Locator("#handout-edit").ClickAsync();
            await Assertions.Expect(page.Locator("#hb-condition-pregnancy")).ToBeCheckedAsync();
            await Assertions.Expect(page.Locator("#hb-condition-sciatica")).ToBeCheckedAsync();
            await Assertions.Expect(page.Locator("#hb-condition-osteoporosis")).Not.ToBeCheckedAsync();
            await page.Locator("#hb-condition-osteoporosis").CheckAsync();
            var expected = Fragment(new { t = "Checked", k = new[] { "osteoporosis", "pregnancy", "sciatica" }, s = new object[] { new { p = "bridge", v = "low", r = "8" } } });
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("#" + Regex.Escape(expected) + "$"));
            var reopened = await Open(expected);
            await Assertions.Expect(reopened.Locator("#sheet-checked")).ToContainTextAsync("Osteoporosis");
        });
    }

    [Fact]
    public async Task The_handout_s_qr_code_decodes_to_its_own_url()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = 3,
        });
        var page = await Open(Fragment(SixSteps), await context.NewPageAsync());
        await Run(page, nameof(The_handout_s_qr_code_decodes_to_its_own_url), async () =>
        {
            var qr = page.Locator("#sheet-qr svg.qr");
            await Assertions.Expect(qr).ToHaveAttributeAsync("aria-label", new Regex("QR code"));
            var png = await qr.ScreenshotAsync(new LocatorScreenshotOptions { Scale = ScreenshotScale.Device });
            Assert.Equal(page.Url, await QrDecoder.Decode(site, png));
        });
    }

    [Fact]
    public async Task The_served_qr_library_is_read_by_jsqr_at_every_version_and_error_correction_level()
    {
        // The library exactly as the built site serves it (theme/vendor.txt brings it from node_modules).
        var served = Directory.GetFiles(System.IO.Path.Combine(site.Directory, "assets"), "qrcode.*.js");
        Assert.Single(served);
        var page = await site.NewPageAsync();
        await page.SetContentAsync("<!doctype html><canvas id=c></canvas>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = served[0] });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Repo.Path("node_modules", "jsqr", "dist", "jsQR.js") });
        // Level L is never used (codes are printed, so at least M), and jsQR misplaces version 23's alignment
        // patterns (cozmo/jsQR#251), which only level L cannot correct.
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              // As handout.js does: the text's UTF-8 bytes, not the low byte of each character.
              qrcode.stringToBytes = qrcode.stringToBytesFuncs['UTF-8'];
              const failed = [], readAtM = [], c = document.getElementById('c'), ctx = c.getContext('2d');
              const chars = 'abcdefghijklmnopqrstuvwxyz0123456789-_.~/:#ABCDEFGHIJKLMNOPQRSTUVWXYZ';
              for (let v = 1; v <= 40; v++) for (const ecl of ['M', 'Q', 'H']) {
                let text = 'https://hipmobility.example/handouts/new/#v1.é';
                for (let i = 0; text.length < 10 * v; i++) text += chars[(i * 7 + v) % chars.length];
                const code = qrcode(v, ecl);
                code.addData(text, 'Byte');
                try { code.make(); } catch (e) { continue; } // the text does not fit this version at this level
                const size = code.getModuleCount();
                if (size !== 17 + 4 * v) { failed.push(v + '-' + ecl + ' is ' + size + ' modules wide'); continue; }
                const scale = 3, n = (size + 8) * scale;
                c.width = n; c.height = n;
                ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, n, n); ctx.fillStyle = '#000';
                for (let y = 0; y < size; y++) for (let x = 0; x < size; x++)
                  if (code.isDark(y, x)) ctx.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale);
                const read = jsQR(ctx.getImageData(0, 0, n, n).data, n, n);
                if (!read || read.data !== text) failed.push(v + '-' + ecl);
                else if (ecl === 'M') readAtM.push(v);
              }
              return { failed, readAtM };
            }
            """);
        var failures = result.GetProperty("failed").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.True(failures.Count == 0, "not read back: " + string.Join(", ", failures));
        // The address is at least 47 bytes, more than versions 1 to 3 hold: every larger version was drawn and read.
        Assert.Equal(Enumerable.Range(4, 37), result.GetProperty("readAtM").EnumerateArray().Select(v => v.GetInt32()));
    }

    [Fact]
    public async Task A_link_naming_a_pose_that_no_longer_exists_shows_a_notice_on_that_step()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync();
        page.PageError += (_, e) => errors.Add(e);
        await Open(Fragment(new { t = "Old plan", s = new object[] { new { p = "pigeon", h = "30s", e = 1 }, new { p = "retired-pose", h = "30s" }, new { p = "bridge", r = "8" } } }), page);
        await Run(page, nameof(A_link_naming_a_pose_that_no_longer_exists_shows_a_notice_on_that_step), async () =>
        {
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(3);
            await Assertions.Expect(SheetSteps(page).Nth(1)).ToContainTextAsync("no longer in the guide");
            await Assertions.Expect(SheetSteps(page).Nth(1)).ToContainTextAsync("retired-pose");
            await Assertions.Expect(SheetSteps(page).Nth(0)).ToContainTextAsync("Pigeon");
            await Assertions.Expect(SheetSteps(page).Nth(2)).ToContainTextAsync("Bridge");
            await Assertions.Expect(page.Locator("#handout-message")).ToBeHiddenAsync();
            await page.Locator("#handout-edit").ClickAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li").Nth(1).Locator(".hb-notice")).ToContainTextAsync("no longer in the guide");
            Assert.Empty(errors);
        });
    }

    [Fact]
    public async Task A_link_naming_a_version_that_no_longer_exists_shows_a_notice_and_the_main_pose()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "pigeon", v = "retired-version", h = "30s", e = 1 } } }));
        await Run(page, nameof(A_link_naming_a_version_that_no_longer_exists_shows_a_notice_and_the_main_pose), async () =>
        {
            var step = SheetSteps(page).First;
            await Assertions.Expect(step).ToContainTextAsync("Pigeon");
            await Assertions.Expect(step.Locator(".sheet-notice")).ToContainTextAsync("“retired-version” is no longer in the guide");
        });
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("not-base64")]
    [InlineData("not-json")]
    [InlineData("wrong-shape")]
    [InlineData("prefix-only")]
    [InlineData("how-often-out-of-range")]
    public async Task A_corrupt_link_shows_a_clear_message_and_the_builder_still_works(string damage)
    {
        var good = Fragment(SixSteps);
        var fragment = damage switch
        {
            "truncated" => good[..(good.Length * 2 / 3)],
            "not-base64" => good[..40] + "%%*!" + good[44..],
            "not-json" => "v1." + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"t\":\"x\",\"s\":[")).TrimEnd('='),
            "wrong-shape" => Fragment(new { s = new object[] { new { p = 42 } } }),
            "how-often-out-of-range" => Fragment(new { f = new[] { 4, 5 }, s = new object[] { new { p = "bridge" } } }),
            _ => "v1.",
        };
        var errors = new List<string>();
        var page = await site.NewPageAsync();
        page.PageError += (_, e) => errors.Add(e);
        await Open(fragment, page);
        await Run(page, nameof(A_corrupt_link_shows_a_clear_message_and_the_builder_still_works) + "-" + damage, async () =>
        {
            await Assertions.Expect(page.Locator("#handout-message")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#handout-message")).ToContainTextAsync("damaged or incomplete");
            await Assertions.Expect(page.Locator("#handout-preview")).ToBeHiddenAsync();
            await AddPose(page, "pigeon", "Pigeon");
            await Assertions.Expect(page.Locator("#handout-message")).ToBeHiddenAsync();
            Assert.Empty(errors);
        });
    }

    [Fact]
    public async Task A_link_from_a_newer_version_of_the_format_says_so()
    {
        var page = await Open("v2.eyJzIjpbXX0");
        await Run(page, nameof(A_link_from_a_newer_version_of_the_format_says_so), async () =>
        {
            await Assertions.Expect(page.Locator("#handout-message")).ToContainTextAsync("newer version");
        });
    }

    [Fact]
    public async Task The_pose_search_is_a_keyboard_combobox_that_finds_poses_by_any_name()
    {
        var page = await Open();
        await Run(page, nameof(The_pose_search_is_a_keyboard_combobox_that_finds_poses_by_any_name), async () =>
        {
            var search = page.Locator("#hb-search");
            await search.FocusAsync();
            await page.Keyboard.TypeAsync("couch");
            await Assertions.Expect(search).ToHaveAttributeAsync("aria-expanded", "true");
            var option = page.Locator("#hb-options [role='option']").First;
            await Assertions.Expect(option).ToContainTextAsync("Wall psoas stretch");
            await Assertions.Expect(option).ToContainTextAsync("also called “couch stretch”");
            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(search).ToHaveAttributeAsync("aria-activedescendant", "hb-opt-wall-psoas-stretch");
            await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(search).ToHaveAttributeAsync("aria-expanded", "false");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#hb-steps > li h3")).ToContainTextAsync("Wall psoas stretch");
            await Assertions.Expect(search).ToBeFocusedAsync();
            await Assertions.Expect(search).ToHaveValueAsync("");
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("Wall psoas stretch added as step 1");
        });
    }

    [Fact]
    public async Task Steps_move_up_and_down_with_the_keyboard_and_focus_stays_with_the_moved_step()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "pigeon", h = "30s" }, new { p = "bridge", r = "8" }, new { p = "supine-twist", h = "30s" } } }));
        await Run(page, nameof(Steps_move_up_and_down_with_the_keyboard_and_focus_stays_with_the_moved_step), async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            var titles = page.Locator("#hb-steps > li h3");
            await page.Locator("#hb-steps > li").First.Locator("[data-action='down']").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(titles).ToHaveTextAsync([new Regex("Bridge"), new Regex("Pigeon"), new Regex("Supine twist")]);
            await Assertions.Expect(page.Locator("#hb-steps > li").Nth(1).Locator("[data-action='down']")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(titles).ToHaveTextAsync([new Regex("Bridge"), new Regex("Supine twist"), new Regex("Pigeon")]);
            // At the bottom, Move down is disabled, so focus moves to Move up of the same step.
            await Assertions.Expect(page.Locator("#hb-steps > li").Nth(2).Locator("[data-action='up']")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("Pigeon is now step 3 of 3");
            await Assertions.Expect(SheetSteps(page).Nth(2)).ToContainTextAsync("Pigeon");
        });
    }

    [Fact]
    public async Task A_step_can_be_dragged_by_its_handle_to_a_new_place()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "pigeon", h = "30s" }, new { p = "bridge", r = "8" }, new { p = "supine-twist", h = "30s" } } }),
            await site.NewPageAsync(1280, 1400));
        await Run(page, nameof(A_step_can_be_dragged_by_its_handle_to_a_new_place), async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            await page.Locator("#hb-steps").EvaluateAsync("list => list.scrollIntoView({ block: 'start' })");
            var grip = (await page.Locator("#hb-steps > li").Nth(2).Locator(".hb-grip").BoundingBoxAsync())!;
            var target = (await page.Locator("#hb-steps > li").First.BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(grip.X + grip.Width / 2, grip.Y + grip.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(grip.X + grip.Width / 2, target.Y + 5, new MouseMoveOptions { Steps = 12 });
            await page.Mouse.UpAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li h3")).ToHaveTextAsync([new Regex("Supine twist"), new Regex("Pigeon"), new Regex("Bridge")]);
            await Assertions.Expect(SheetSteps(page).First).ToContainTextAsync("Supine twist");
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("Supine twist is now step 1 of 3");
        });
    }

    [Fact]
    public async Task Removing_a_step_can_be_undone()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "pigeon", h = "30s" }, new { p = "bridge", r = "8" } } }));
        await Run(page, nameof(Removing_a_step_can_be_undone), async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            var before = page.Url;
            await page.Locator("#hb-steps > li").First.Locator("[data-action='remove']").ClickAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#hb-status")).ToContainTextAsync("Removed step 1, Pigeon");
            await Assertions.Expect(page.Locator("#hb-steps > li").First.Locator("[data-action='remove']")).ToBeFocusedAsync();
            await page.Locator("#hb-undo").ClickAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li h3")).ToHaveTextAsync([new Regex("Pigeon"), new Regex("Bridge")]);
            Assert.Equal(before, page.Url);
        });
    }

    [Fact]
    public async Task Another_handout_link_opened_in_the_same_tab_replaces_the_handout()
    {
        var page = await Open(Fragment(SixSteps));
        await Run(page, nameof(Another_handout_link_opened_in_the_same_tab_replaces_the_handout), async () =>
        {
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(6);
            await page.GotoAsync(site.Url(Path) + "#" + Fragment(new { t = "Just one", s = new object[] { new { p = "bridge", r = "8" } } }));
            await Assertions.Expect(page.Locator("#sheet-title")).ToHaveTextAsync("Just one");
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(1);
        });
    }

    [Fact]
    public async Task Starting_from_a_routine_copies_its_steps_and_title()
    {
        var page = await Open();
        await Run(page, nameof(Starting_from_a_routine_copies_its_steps_and_title), async () =>
        {
            await page.Locator("#hb-routine").SelectOptionAsync("desk-break");
            await page.Locator("#hb-use-routine").ClickAsync();
            await Assertions.Expect(page.Locator("#hb-steps > li")).ToHaveCountAsync(6);
            await Assertions.Expect(page.Locator("#hb-title")).ToHaveValueAsync("Desk break");
            await Assertions.Expect(SheetSteps(page).First).ToContainTextAsync("Standing overhead reach");
            await Assertions.Expect(SheetSteps(page).Nth(2)).ToContainTextAsync("Hold your desk or a chair back for balance.");
        });
    }

    [Fact]
    public async Task Starting_from_a_routine_copies_its_sets_rest_and_how_often()
    {
        var page = await Open();
        await Run(page, nameof(Starting_from_a_routine_copies_its_sets_rest_and_how_often), async () =>
        {
            await page.Locator("#hb-routine").SelectOptionAsync("progressive-hip-program");
            await page.Locator("#hb-use-routine").ClickAsync();
            // Step 4 is the bridge: 2 sets with 30-60 s between them; the routine is done once a day, 5 days a week.
            await Assertions.Expect(SheetSteps(page).Nth(3)).ToContainTextAsync("2 sets, rest 30–60 seconds between");
            await Assertions.Expect(page.Locator("#hb-steps > li").Nth(3).Locator("[data-field=rest]")).ToHaveValueAsync("30-60s");
            await Assertions.Expect(page.Locator("#sheet-often")).ToHaveTextAsync("Once a day, 5 days a week");
            await Assertions.Expect(page.Locator("#hb-times")).ToHaveValueAsync("1");
            await Assertions.Expect(page.Locator("#hb-days")).ToHaveValueAsync("5");
        });
    }

    [Fact]
    public async Task How_often_chosen_in_the_builder_travels_in_the_link_and_prints_at_the_top()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "bridge", r = "8" } } }));
        await Run(page, nameof(How_often_chosen_in_the_builder_travels_in_the_link_and_prints_at_the_top), async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            await page.Locator("#hb-times").SelectOptionAsync("2");
            await page.Locator("#hb-days").SelectOptionAsync("7");
            await Assertions.Expect(page.Locator("#sheet-often")).ToHaveTextAsync("Twice a day, every day");
            var reopened = await Open(page.Url[(page.Url.IndexOf('#') + 1)..], await site.NewPageAsync());
            await Assertions.Expect(reopened.Locator("#sheet-often")).ToHaveTextAsync("Twice a day, every day");
        });
    }

    [Fact]
    public async Task A_handout_that_does_not_say_how_often_says_to_follow_the_clinician()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "bridge", r = "8" } } }));
        await Run(page, nameof(A_handout_that_does_not_say_how_often_says_to_follow_the_clinician), async () =>
            await Assertions.Expect(page.Locator("#sheet-often")).ToHaveTextAsync("As often as your clinician advises."));
    }

    [Fact]
    public async Task A_link_s_days_a_week_without_times_a_day_prints_the_days_alone()
    {
        var page = await Open(Fragment(new { f = new[] { 0, 3 }, s = new object[] { new { p = "bridge", r = "8" } } }));
        await Run(page, nameof(A_link_s_days_a_week_without_times_a_day_prints_the_days_alone), async () =>
            await Assertions.Expect(page.Locator("#sheet-often")).ToHaveTextAsync("3 days a week"));
    }

    [Fact]
    public async Task Every_handout_says_when_to_do_more_and_when_to_ease_off()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "bridge", r = "8" } } }));
        await Run(page, nameof(Every_handout_says_when_to_do_more_and_when_to_ease_off), async () =>
        {
            var progression = page.Locator("#handout-sheet .sheet-progression");
            await Assertions.Expect(progression).ToContainTextAsync("Doing more:");
            await Assertions.Expect(progression).ToContainTextAsync("3 out of 10");
            await Assertions.Expect(progression).ToContainTextAsync("Easing off:");
        });
    }

    [Fact]
    public async Task A_link_s_rest_between_sets_is_printed_with_the_sets()
    {
        var page = await Open(Fragment(new { s = new object[] { new { p = "bridge", r = "10", x = 3, k = "45s" } } }));
        await Run(page, nameof(A_link_s_rest_between_sets_is_printed_with_the_sets), async () =>
            await Assertions.Expect(SheetSteps(page).First).ToContainTextAsync("3 sets, rest 45 seconds between"));
    }

    [Fact]
    public async Task Nothing_is_kept_on_the_device_unless_the_draft_box_is_ticked()
    {
        var page = await Open();
        await Run(page, nameof(Nothing_is_kept_on_the_device_unless_the_draft_box_is_ticked), async () =>
        {
            await AddPose(page, "pigeon", "Pigeon");
            await page.Locator("#hb-title").FillAsync("Draft test");
            Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
            Assert.Equal("", await page.EvaluateAsync<string>("() => document.cookie"));
            Assert.Empty(await page.Context.CookiesAsync());

            await page.Locator("#hb-draft").CheckAsync();
            Assert.Equal(1, await page.EvaluateAsync<int>("() => localStorage.length"));
            await Open("", page); // the bare address, no handout in it: the draft comes back
            await Assertions.Expect(page.Locator("#hb-title")).ToHaveValueAsync("Draft test");
            await Assertions.Expect(page.Locator("#hb-draft")).ToBeCheckedAsync();

            await page.Locator("#hb-draft").UncheckAsync();
            Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        });
    }

    [Fact]
    public async Task Opening_a_handout_requests_nothing_but_the_site_s_own_files_and_never_sends_the_handout()
    {
        var page = await site.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await Open(Fragment(SixSteps), page);
        await Run(page, nameof(Opening_a_handout_requests_nothing_but_the_site_s_own_files_and_never_sends_the_handout), async () =>
        {
            await Assertions.Expect(SheetSteps(page)).ToHaveCountAsync(6);
            var origin = new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority);
            Assert.All(requests, r => Assert.StartsWith(origin + "/", r));
            Assert.All(requests, r => Assert.DoesNotContain("v1.", r));
            Assert.Contains(requests, r => r.EndsWith("/handouts/guide.json", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator(".privacy-line")).ToContainTextAsync("never send to any server");
        });
    }

    [Fact]
    public async Task The_builder_with_steps_has_no_serious_axe_violation()
    {
        var page = await Open(Fragment(SixSteps));
        await Run(page, nameof(The_builder_with_steps_has_no_serious_axe_violation), async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            await page.Locator("#hb-search").FillAsync("pi");
            await Assertions.Expect(page.Locator("#hb-options")).ToBeVisibleAsync();
            await page.Locator("#hb-search").PressAsync("ArrowDown");
            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious));
        });
    }

    [Theory]
    [InlineData(768, 1024)]
    [InlineData(360, 740)]
    public async Task On_a_tablet_or_phone_the_builder_does_not_overflow_and_its_controls_are_large_enough_to_tap(int width, int height)
    {
        var page = await Open(Fragment(SixSteps), await site.NewPageAsync(width, height));
        await Run(page, nameof(On_a_tablet_or_phone_the_builder_does_not_overflow_and_its_controls_are_large_enough_to_tap) + "-" + width, async () =>
        {
            await page.Locator("#handout-edit").ClickAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the builder is {overflow}px wider than the {width}px screen");
            var small = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('#handout-builder button, #handout-builder input, #handout-builder select, #handout-toolbar button')]
                  .filter(e => e.offsetParent !== null && e.type !== 'checkbox')
                  .filter(e => e.getBoundingClientRect().height < 40)
                  .map(e => (e.id || e.textContent) + ': ' + Math.round(e.getBoundingClientRect().height) + 'px')
                """);
            Assert.True(small.Length == 0, "too small to tap: " + string.Join(", ", small));
        });
    }
}
