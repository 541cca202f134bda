using Deque.AxeCore.Playwright;
using System.Text.RegularExpressions;
using HipMobility.Tests.Support;
using Microsoft.Playwright;

namespace HipMobility.Tests;

/// <summary>
/// The routine player (<c>/routines/&lt;id&gt;/play/</c>) as a reader on the floor uses it, on a phone-sized screen. The
/// page's clock is Playwright's (<c>Page.Clock</c>): holds are run forward, never waited for. The site is served with
/// netlify.toml's headers, so the Content-Security-Policy applies throughout.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class PlayerTests(GuideSite site) : BrowserTest
{
    protected override GuideSite Site => site;

    /// <summary>A Wednesday morning: the log's week runs Monday to Sunday, so today is column 2.</summary>
    private static readonly DateTime Today = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Local);

    private Task Run(IPage page, string name, Func<Task> test) => Screenshots.OnFailure(page, name, test);

    private async Task<IPage> OpenPlayer(string routine, List<string>? errors = null, int width = 390, int height = 844)
    {
        var page = await site.NewPageAsync(width, height);
        if (errors is not null)
        {
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
            page.PageError += (_, e) => errors.Add(e);
        }
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = Today });
        await page.GotoAsync(site.Url($"/routines/{routine}/play/"));
        await Assertions.Expect(page.Locator("#player-ui")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// Once installed, the page's fake clock still runs with real time; stopped, it moves only when a test runs it, for
    /// tests that read the timer to the second (a loaded machine would otherwise end a hold between the test's reading
    /// the timer and running the clock). Not for the others: stopped, the player's announcements (sent after 50 ms)
    /// and axe (which queues its checks on timers) wait until the clock is run.
    /// </summary>
    private static Task StopTheClock(IPage page) => page.Clock.PauseAtAsync(Today.AddMinutes(1));

    /// <summary>
    /// Polls a condition from the test (every 100 ms, up to 15 s): Playwright's WaitForFunction polls by evaluating a
    /// string inside the page, which the site's CSP (no 'unsafe-eval') refuses.
    /// </summary>
    private static async Task Eventually(IPage page, string condition)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!await page.EvaluateAsync<bool>(condition))
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("still false after 15 s: " + condition);
            await Task.Delay(100);
        }
    }

    /// <summary>A screenshot to look at, only when HIPMOBILITY_PLAYER_SHOTS names a folder.</summary>
    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("HIPMOBILITY_PLAYER_SHOTS") is { Length: > 0 } dir)
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png") });
    }

    private static ILocator Action(IPage page) => page.Locator("#player-action");
    private static Task<string?> Phase(IPage page) => page.Locator("#player").GetAttributeAsync("data-phase");
    private static async Task<string> Side(IPage page) => (await page.Locator("#player-side").TextContentAsync() ?? "").Trim();
    private static async Task<string> Timer(IPage page) => (await page.Locator("#player-timer").TextContentAsync() ?? "").Trim();
    private static Task<string> CurrentStep(IPage page) => page.Locator(".play-step:visible .play-pose").InnerTextAsync();

    [Fact]
    public async Task A_routine_is_played_start_to_end_each_side_right_then_left_every_hold_timed_and_today_ticked_under_the_site_s_CSP()
    {
        var errors = new List<string>();
        var page = await OpenPlayer("desk-break", errors);
        await StopTheClock(page);
        await Run(page, nameof(A_routine_is_played_start_to_end_each_side_right_then_left_every_hold_timed_and_today_ticked_under_the_site_s_CSP), async () =>
        {
            var seen = new List<string>();
            for (var taps = 0; taps < 60 && await Phase(page) != "end"; taps++)
            {
                var phase = await Phase(page);
                seen.Add($"{await CurrentStep(page)} | {await Side(page)} | {phase}");
                if (phase == "hold")
                {
                    var seconds = int.Parse((await page.Locator(".play-step:visible").GetAttributeAsync("data-hold-seconds"))!);
                    await page.Clock.RunForAsync(seconds * 1000 - 1000);
                    Assert.Equal("hold", await Phase(page)); // still holding a second before the end
                    await page.Clock.RunForAsync(1500);
                }
                else await Action(page).ClickAsync();
            }
            Assert.Equal("end", await Phase(page));
            await Assertions.Expect(page.Locator("#play-end-h")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("#play-end-h")).ToHaveTextAsync("Done for today");
            // Each-side steps ran right, then left; the breath-counted twist and the timed figure four were held on both.
            var sides = seen.Select(s => s.Split(" | ")).Where(s => s[2] == "hold").Select(s => $"{s[0]} | {s[1]}").Distinct().ToList();
            Assert.Equal(
            [
                "Standing overhead reach | Rep 1 of 2", "Standing overhead reach | Rep 2 of 2",
                "Standing spinal twist | Right side", "Standing spinal twist | Now the left side",
                "Kneeling hip flexor stretch | Right side", "Kneeling hip flexor stretch | Now the left side",
                "Figure four | Right side", "Figure four | Now the left side",
            ], sides);
            var counted = seen.Select(s => s.Split(" | ")).Where(s => s[2] == "reps").Select(s => $"{s[0]} | {s[1]}").Distinct().ToList();
            Assert.Equal(
            [
                "Standing hip flexion and extension | Right side", "Standing hip flexion and extension | Now the left side",
                "Leg swings | Right side", "Leg swings | Now the left side",
            ], counted);
            await Assertions.Expect(page.Locator("#play-log td[data-day='2']")).ToHaveClassAsync(new Regex("is-done"));
            await Shot(page, "player-end");
            var log = await page.EvaluateAsync<string>("localStorage.getItem('hipmobility-log')");
            Assert.Equal("{\"version\":1,\"days\":{\"2026-12-02\":[\"desk-break\"]}}", log);
            var response = await page.ReloadAsync();
            Assert.Equal(NetlifyConfig.Load(Repo.Path("netlify.toml")).HeadersFor("/routines/desk-break/play/")["Content-Security-Policy"],
                response!.Headers["content-security-policy"]);
            Assert.Empty(errors);
        });
    }

    [Fact]
    public async Task A_hold_waits_for_a_tap_with_the_step_s_cautions_on_screen_before_its_timer_starts()
    {
        var page = await OpenPlayer("four-directions-gentle");
        await Run(page, nameof(A_hold_waits_for_a_tap_with_the_step_s_cautions_on_screen_before_its_timer_starts), async () =>
        {
            await Action(page).ClickAsync(); // step 1 is two sets of repetitions: Done, then Done again
            await Action(page).ClickAsync();
            Assert.Equal("ready", await Phase(page));
            await Assertions.Expect(page.Locator(".play-step:visible .play-cautions li").First).ToBeInViewportAsync();
            await page.Clock.RunForAsync(120_000);
            Assert.Equal("ready", await Phase(page));
            await Assertions.Expect(Action(page)).ToHaveTextAsync("Start the hold");
        });
    }

    [Fact]
    public async Task Pause_stops_the_countdown_and_resume_carries_on_from_where_it_stopped()
    {
        var page = await OpenPlayer("four-directions-gentle");
        await StopTheClock(page);
        await Run(page, nameof(Pause_stops_the_countdown_and_resume_carries_on_from_where_it_stopped), async () =>
        {
            await Action(page).ClickAsync(); // Done with step 1's two sets of repetitions
            await Action(page).ClickAsync();
            await Action(page).ClickAsync(); // start step 2's 30-second hold, right side
            await page.Clock.RunForAsync(10_000);
            Assert.Equal("0:20", await Timer(page));
            await page.Locator("#player-pause").ClickAsync();
            await Assertions.Expect(page.Locator("#player-pause")).ToHaveTextAsync("Resume");
            await Assertions.Expect(page.Locator("#player-pause")).ToHaveAttributeAsync("aria-pressed", "true");
            await page.Clock.RunForAsync(60_000);
            Assert.Equal("0:20", await Timer(page));
            Assert.Equal("Right side", await Side(page));
            await page.Locator("#player-pause").ClickAsync();
            await page.Clock.RunForAsync(15_000);
            Assert.Equal("0:05", await Timer(page));
            await page.Clock.RunForAsync(6_000);
            Assert.Equal("Now the left side", await Side(page));
            Assert.Equal("ready", await Phase(page));
        });
    }

    [Fact]
    public async Task Skip_moves_on_one_side_or_step_and_back_returns_to_it()
    {
        var page = await OpenPlayer("four-directions-gentle");
        await Run(page, nameof(Skip_moves_on_one_side_or_step_and_back_returns_to_it), async () =>
        {
            Assert.Equal("Seated hip hinge with a dowel", await CurrentStep(page));
            await Assertions.Expect(page.Locator("#player-back")).ToBeDisabledAsync();
            await page.Locator("#player-skip").ClickAsync(); // step 1's second set
            Assert.Equal("Seated hip hinge with a dowel", await CurrentStep(page));
            await page.Locator("#player-skip").ClickAsync();
            Assert.Equal("Kneeling hip flexor stretch", await CurrentStep(page));
            Assert.Equal("Right side", await Side(page));
            await Action(page).ClickAsync();
            await page.Clock.RunForAsync(5_000);
            await page.Locator("#player-skip").ClickAsync(); // skips the rest of the right side's hold
            Assert.Equal("Now the left side", await Side(page));
            Assert.Equal("ready", await Phase(page));
            await page.Locator("#player-back").ClickAsync();
            Assert.Equal("Right side", await Side(page));
            await page.Locator("#player-back").ClickAsync();
            Assert.Equal("Seated hip hinge with a dowel", await CurrentStep(page));
            await Assertions.Expect(page.Locator("#player-live")).ToContainTextAsync("Step 1 of 4: Seated hip hinge with a dowel.");
        });
    }

    [Fact]
    public async Task Restart_starts_the_step_again_from_its_first_side_with_the_full_hold()
    {
        var page = await OpenPlayer("four-directions-gentle");
        await Run(page, nameof(Restart_starts_the_step_again_from_its_first_side_with_the_full_hold), async () =>
        {
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync(); // past step 1's two sets to the stretch's left side
            await Action(page).ClickAsync();
            await page.Clock.RunForAsync(12_000);
            await page.Locator("#player-restart").ClickAsync();
            Assert.Equal("Right side", await Side(page));
            Assert.Equal("ready", await Phase(page));
            await Action(page).ClickAsync();
            Assert.Equal("0:30", await Timer(page));
        });
    }

    [Fact]
    public async Task The_end_of_a_hold_is_announced_politely_with_what_comes_next()
    {
        var page = await OpenPlayer("four-directions-gentle");
        await Run(page, nameof(The_end_of_a_hold_is_announced_politely_with_what_comes_next), async () =>
        {
            await Assertions.Expect(page.Locator("#player-live")).ToHaveAttributeAsync("aria-live", "polite");
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync(); // past step 1's two sets
            await Action(page).ClickAsync();
            await page.Clock.RunForAsync(31_000);
            await Assertions.Expect(page.Locator("#player-live")).ToHaveTextAsync("Hold finished. Now the left side. Tap Start when you are ready.");
        });
    }

    [Fact]
    public async Task A_breath_counted_hold_counts_breaths_at_five_seconds_each_with_a_breathing_pace()
    {
        var page = await OpenPlayer("desk-break");
        await Run(page, nameof(A_breath_counted_hold_counts_breaths_at_five_seconds_each_with_a_breathing_pace), async () =>
        {
            await Action(page).ClickAsync(); // 5 breaths, rep 1 of 2
            Assert.Equal("Breath 1 of 5", await Timer(page));
            await Assertions.Expect(page.Locator("#player-breath-text")).ToHaveTextAsync("Breathe in");
            await page.Clock.RunForAsync(3_000);
            await Assertions.Expect(page.Locator("#player-breath-text")).ToHaveTextAsync("Breathe out");
            await page.Clock.RunForAsync(10_000);
            Assert.Equal("Breath 3 of 5", await Timer(page));
        });
    }

    [Fact]
    public async Task The_log_is_kept_only_on_the_device_and_forgetting_it_clears_the_ticked_day()
    {
        var page = await OpenPlayer("three-hip-movements-chair");
        await Run(page, nameof(The_log_is_kept_only_on_the_device_and_forgetting_it_clears_the_ticked_day), async () =>
        {
            for (var i = 0; i < 6; i++) await Action(page).ClickAsync(); // three steps, each side: Done six times
            await Assertions.Expect(page.Locator("#play-log td[data-day='2']")).ToHaveClassAsync(new Regex("is-done"));
            Assert.NotNull(await page.EvaluateAsync<string?>("localStorage.getItem('hipmobility-log')"));
            await page.Locator("#player-forget").ClickAsync();
            Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('hipmobility-log')"));
            await Assertions.Expect(page.Locator("#play-log td.is-done")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#play-log-status")).ToContainTextAsync("forgotten");
        });
    }

    [Fact]
    public async Task The_player_is_operated_from_the_keyboard_alone()
    {
        var page = await OpenPlayer("four-directions-gentle");
        await Run(page, nameof(The_player_is_operated_from_the_keyboard_alone), async () =>
        {
            await Action(page).FocusAsync();
            await page.Keyboard.PressAsync("Enter"); // Done, set 1
            await Assertions.Expect(Action(page)).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter"); // Done, set 2
            await Assertions.Expect(Action(page)).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter"); // Start the hold: focus moves to Pause
            await Assertions.Expect(page.Locator("#player-pause")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(page.Locator("#player-pause")).ToHaveTextAsync("Resume");
            await page.Keyboard.PressAsync("Tab"); // Skip
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("Now the left side", await Side(page));
        });
    }

    [Fact]
    public async Task Without_script_the_player_page_lists_every_step_with_its_cautions()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await Run(page, nameof(Without_script_the_player_page_lists_every_step_with_its_cautions), async () =>
        {
            await page.GotoAsync(site.Url("/routines/desk-break/play/"));
            await Assertions.Expect(page.Locator(".play-step")).ToHaveCountAsync(6);
            for (var i = 0; i < 6; i++) await Assertions.Expect(page.Locator(".play-step").Nth(i)).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".play-step .play-cautions").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#player-ui")).ToBeHiddenAsync();
        });
    }

    [Fact]
    public async Task The_routine_page_s_start_link_opens_its_player()
    {
        var page = await site.NewPageAsync(390, 844);
        await Run(page, nameof(The_routine_page_s_start_link_opens_its_player), async () =>
        {
            await page.GotoAsync(site.Url("/routines/five-minute-evening/"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/routines/five-minute-evening/play/$"));
            await Assertions.Expect(page.Locator(".play-step:visible .play-pose")).ToHaveTextAsync("Supported butterfly");
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await Shot(page, "player-figure");
        });
    }

    [Theory]
    [InlineData(390, 844, "light")]
    [InlineData(390, 844, "dark")]
    [InlineData(320, 568, "light")]
    [InlineData(320, 568, "dark")]
    [InlineData(844, 390, "light")]
    public async Task On_a_phone_the_controls_fit_the_width_are_at_least_44_px_and_the_main_target_is_on_screen(int width, int height, string scheme)
    {
        var page = await OpenPlayer("desk-break", width: width, height: height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var name = $"player-{width}x{height}-{scheme}";
        await Run(page, name, async () =>
        {
            async Task Check(string state)
            {
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} {state}: scrolls sideways");
                foreach (var control in await page.Locator("#player-ui button:visible, .player-bar a:visible, .player-bar summary, .player-options summary").AllAsync())
                {
                    var box = (await control.BoundingBoxAsync())!;
                    Assert.True(box.Height >= 44 && box.Width >= 44, $"{name} {state}: '{await control.InnerTextAsync()}' is {box.Width}×{box.Height}");
                }
                await Assertions.Expect(page.Locator("#player-ui")).ToBeInViewportAsync();
                if (Environment.GetEnvironmentVariable("HIPMOBILITY_PLAYER_SHOTS") is { Length: > 0 } dir)
                    await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"{name}-{state}.png") });
            }
            await Check("ready");
            await Action(page).ClickAsync();
            await page.Clock.RunForAsync(1_000);
            await Check("breathing");
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await Check("side");
            await page.Locator("#player-skip").ClickAsync();
            await page.Locator("#player-skip").ClickAsync();
            await Check("done");
        });
    }

    [Fact]
    public async Task A_handout_link_is_played_from_its_start_button_with_its_sets_and_sides_and_its_exit_returns_to_the_handout()
    {
        var page = await site.NewPageAsync(390, 844);
        await Run(page, nameof(A_handout_link_is_played_from_its_start_button_with_its_sets_and_sides_and_its_exit_returns_to_the_handout), async () =>
        {
            await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = Today });
            var fragment = HandoutTests.Fragment(new
            {
                t = "Hips after work",
                s = new object[] { new { p = "pigeon", v = "modified", h = "30s", e = 1, x = 2 }, new { p = "bridge", r = "8" } },
            });
            await page.GotoAsync(site.Url("/handouts/new/#" + fragment));
            await page.Locator("#handout[data-ready='true']").WaitForAsync();
            await page.Locator("#handout-play").ClickAsync();
            await Assertions.Expect(page.Locator("#player-title")).ToHaveTextAsync("Hips after work");
            await Assertions.Expect(Action(page)).ToBeFocusedAsync();
            await Shot(page, "player-handout");
            var seen = new List<string>();
            for (var taps = 0; taps < 20 && await Phase(page) != "end"; taps++)
            {
                seen.Add($"{await CurrentStep(page)} | {await Side(page)}");
                await Action(page).ClickAsync();
                if (await Phase(page) == "hold") await page.Clock.RunForAsync(31_000);
            }
            Assert.Equal(
            [
                "Pigeon | Set 1 of 2 · Right side", "Pigeon | Set 1 of 2 · Now the left side",
                "Pigeon | Set 2 of 2 · Right side", "Pigeon | Set 2 of 2 · Now the left side",
                "Bridge | ",
            ], seen);
            await Assertions.Expect(page.Locator("#play-end-h")).ToBeVisibleAsync();
            Assert.Contains("\"handout\"", await page.EvaluateAsync<string>("localStorage.getItem('hipmobility-log')"));
            await page.Locator("#player-exit").ClickAsync();
            await Assertions.Expect(page.Locator("#handout-sheet")).ToBeVisibleAsync();
            Assert.EndsWith("#" + fragment, page.Url);
        });
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Axe_finds_no_serious_violation_in_the_player_while_holding_nor_on_its_end_screen(string scheme)
    {
        var page = await OpenPlayer("three-hip-movements-chair");
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await Run(page, nameof(Axe_finds_no_serious_violation_in_the_player_while_holding_nor_on_its_end_screen) + "-" + scheme, async () =>
        {
            async Task Axe(string state)
            {
                var result = await page.RunAxe();
                var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
                Assert.True(serious.Count == 0, $"{state} ({scheme}):\n" + string.Join("\n", serious));
            }
            await Axe("a step");
            for (var i = 0; i < 6; i++) await Action(page).ClickAsync();
            await Assertions.Expect(page.Locator("#play-end")).ToBeVisibleAsync();
            await Axe("the end");
        });
    }

    [Fact]
    public async Task With_reduced_motion_the_breathing_pace_changes_its_words_without_animating()
    {
        var page = await OpenPlayer("desk-break");
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await Run(page, nameof(With_reduced_motion_the_breathing_pace_changes_its_words_without_animating), async () =>
        {
            await Action(page).ClickAsync();
            await Assertions.Expect(page.Locator("#player-breath-text")).ToHaveTextAsync("Breathe in");
            Assert.Equal("0s", await page.Locator(".breath-dot").EvaluateAsync<string>("d => getComputedStyle(d).transitionDuration"));
        });
    }

    [Fact]
    public async Task After_one_visit_a_routine_and_its_player_load_and_play_with_no_connection()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await Run(page, nameof(After_one_visit_a_routine_and_its_player_load_and_play_with_no_connection), async () =>
        {
            await page.GotoAsync(site.Url("/routines/four-poses-in-bed/"));
            // The worker has kept the page and the player its Start link names.
            await Eventually(page, """
                async () => {
                  for (const name of await caches.keys()) {
                    const cache = await caches.open(name);
                    if (await cache.match('/routines/four-poses-in-bed/play/') && await cache.match('/routines/four-poses-in-bed/')) return true;
                  }
                  return false;
                }
                """);
            await context.SetOfflineAsync(true);
            await page.GotoAsync(site.Url("/routines/four-poses-in-bed/"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Four poses you can do in bed");
            var kept = await page.EvaluateAsync<string>("async () => (await Promise.all((await caches.keys()).map(async n => n + ': ' + (await (await caches.open(n)).keys()).map(r => new URL(r.url).pathname).join(' ')))).join('\\n')");
            Assert.True(await page.EvaluateAsync<bool>("navigator.serviceWorker.controller !== null"), "the offline page is not the worker's:\n" + kept);
            await page.GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#player-ui")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Assertions.Expect(page.Locator(".play-step:visible .play-pose")).ToHaveTextAsync("Happy baby");
            await Action(page).ClickAsync();
            await Assertions.Expect(page.Locator("#player-timer")).ToBeVisibleAsync();
            // The player's stylesheet came from the cache too: the main target has the accent colour.
            Assert.Equal("rgb(15, 107, 92)", await Action(page).EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        });
        await context.CloseAsync();
    }

    [Fact]
    public async Task After_one_visit_a_handout_link_opens_prints_and_plays_with_no_connection()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var fragment = HandoutTests.Fragment(new
        {
            t = "Hips on the road",
            s = new object[] { new { p = "figure-four", h = "30s", e = 1 }, new { p = "bridge", r = "8" } },
        });
        await Run(page, nameof(After_one_visit_a_handout_link_opens_prints_and_plays_with_no_connection), async () =>
        {
            await page.GotoAsync(site.Url("/handouts/new/#" + fragment));
            await page.Locator("#handout[data-ready='true']").WaitForAsync();
            // The worker keeps the builder, the poses' data and the page's own scripts, which loaded before it ran.
            await Eventually(page, """
                async () => {
                  for (const name of await caches.keys()) {
                    const paths = (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname);
                    if (paths.includes('/handouts/new/') && paths.includes('/handouts/guide.json')
                        && paths.some(p => /\/handout\.[0-9a-f]+\.js$/.test(p)) && paths.some(p => /\/qrcode\.[0-9a-f]+\.js$/.test(p))) return true;
                  }
                  return false;
                }
                """);
            await context.SetOfflineAsync(true);
            await page.ReloadAsync();
            await page.Locator("#handout[data-ready='true']").WaitForAsync();
            await Assertions.Expect(page.Locator("#sheet-title")).ToHaveTextAsync("Hips on the road");
            await Assertions.Expect(page.Locator("#sheet-steps > li")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#handout-message")).ToBeHiddenAsync();
            await page.Locator("#handout-play").ClickAsync();
            await Assertions.Expect(page.Locator(".play-step:visible .play-pose")).ToHaveTextAsync("Figure four");
            await Action(page).ClickAsync();
            await Assertions.Expect(page.Locator("#player-timer")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task A_new_build_s_worker_replaces_the_old_cache_and_fetches_the_kept_pages_afresh()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var workerPath = Path.Combine(site.Directory, "sw.js");
        var worker = await File.ReadAllTextAsync(workerPath);
        var version = Regex.Match(worker, "\"version\":\"([0-9a-f]+)\"").Groups[1].Value;
        await Run(page, nameof(A_new_build_s_worker_replaces_the_old_cache_and_fetches_the_kept_pages_afresh), async () =>
        {
            await page.GotoAsync(site.Url("/routines/desk-break/"));
            await Eventually(page, "() => navigator.serviceWorker.controller !== null");
            Assert.Equal(["hipmobility-" + version], await page.EvaluateAsync<string[]>("caches.keys()"));
            // A page the old build kept, with the old build's words.
            await page.EvaluateAsync("async () => (await caches.open('hipmobility-" + version + "')).put('/routines/desk-break/print/', new Response('old copy', { headers: { 'Content-Type': 'text/html' } }))");
            try
            {
                // The next build: other assets, so another id.
                await File.WriteAllTextAsync(workerPath, worker.Replace(version, "0123456789ab"));
                await page.EvaluateAsync("async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); }");
                await Eventually(page, "async () => (await caches.keys()).join() === 'hipmobility-0123456789ab'");
                await Eventually(page, "async () => !!(await (await caches.open('hipmobility-0123456789ab')).match('/routines/desk-break/print/'))");
                var print = await page.EvaluateAsync<string>("async () => (await (await caches.open('hipmobility-0123456789ab')).match('/routines/desk-break/print/')).text()");
                Assert.Contains("Tick each day you do it", print);
                Assert.NotNull(await page.EvaluateAsync<string?>("async () => { const r = await (await caches.open('hipmobility-0123456789ab')).match('/routines/desk-break/'); return r ? 'kept' : null; }"));
            }
            finally
            {
                await File.WriteAllTextAsync(workerPath, worker);
            }
        });
        await context.CloseAsync();
    }
}
