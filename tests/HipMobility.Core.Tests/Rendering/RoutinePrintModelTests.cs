using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Theme;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>The model behind a routine's page and its print page: nothing a patient must be warned about is left out.</summary>
public class RoutinePrintModelTests
{
    private static readonly Lazy<(LinkedSite Site, PageRenderer Renderer)> Guide = new(() =>
    {
        var bag = new DiagnosticBag();
        var urls = new SiteUrls("https://example.org/");
        var site = LinkStage.Run(ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), urls, bag), bag), urls, bag);
        Assert.False(bag.HasErrors);
        return (site, new PageRenderer(site, new CompiledTheme(ThemeFiles.Load(Repo.Theme), urls), new SiteOptions()));
    });

    [Fact]
    public void Every_step_of_every_routine_carries_every_caution_of_its_pose_and_every_precaution_of_its_version()
    {
        var (site, renderer) = Guide.Value;
        var variantSteps = 0;
        var precautionLines = 0;
        foreach (var routine in site.Routines.Values)
        {
            var view = renderer.RoutineModel(routine);
            Assert.Equal(routine.Steps.Count, view.Steps.Count);
            foreach (var (step, shown) in routine.Steps.Zip(view.Steps))
            {
                var version = site.VersionOf(step)!;
                var lines = version.Precautions.Select(p => renderer.Precautions.Line(version.Pose, p)).ToList();
                Assert.Equal([.. version.Pose.Cautions, .. lines], shown.Cautions);
                if (step.VariantId is not null) variantSteps++;
                precautionLines += lines.Count;
            }
        }
        Assert.True(variantSteps > 0, "no routine step uses a variant, so the test shows nothing about variants");
        Assert.True(precautionLines > 0, "no routine step has a precaution, so the test shows nothing about them");
    }

    [Fact]
    public void A_variant_that_lifts_its_pose_s_precaution_does_not_print_it_and_its_pose_does()
    {
        var (site, renderer) = Guide.Value;
        var pose = site.Poses["downward-dog"];
        var chair = renderer.Precautions.Lines(new PoseVersion(pose, pose.FindVariant("chair")));
        var standard = renderer.Precautions.Lines(new PoseVersion(pose, pose.FindVariant("standard")));
        Assert.Contains(standard, l => l.StartsWith("If your wrists or shoulders cannot take your weight, do this version instead: Downward dog at a chair.", StringComparison.Ordinal));
        Assert.DoesNotContain(chair, l => l.Contains("do this version instead", StringComparison.Ordinal));
        Assert.Contains(chair, l => l.StartsWith("If your wrists or shoulders cannot take your weight, rest your hands on the chair lightly", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_routine_s_sheet_has_the_red_flags_the_pain_scale_and_the_flare_up_plan()
    {
        var (site, renderer) = Guide.Value;
        var urgent = SheetSafetyWording.UrgentSigns;
        var prompt = SheetSafetyWording.PromptSigns;
        Assert.Contains(urgent, s => s.Contains("bladder", StringComparison.Ordinal));
        Assert.Contains(urgent, s => s.Contains("both legs", StringComparison.Ordinal));
        Assert.Contains(urgent, s => s.Contains("sexual", StringComparison.Ordinal));
        Assert.Contains(prompt, s => s.Contains("cancer", StringComparison.Ordinal));
        Assert.Contains(prompt, s => s.Contains("under 20 or over 50", StringComparison.Ordinal));
        Assert.Contains(prompt, s => s.Contains("steroid", StringComparison.Ordinal));
        Assert.Contains(prompt, s => s.Contains("night", StringComparison.Ordinal));
        Assert.Contains(prompt, s => s.Contains("high in your back", StringComparison.Ordinal));
        // The bands cover 0 to 10 without a gap.
        Assert.Equal(["0–3", "4–5", "6–10"], SheetSafetyWording.PainBands);
        foreach (var routine in site.Routines.Values)
        {
            var html = System.Text.Encoding.UTF8.GetString(renderer.RoutinePrint(routine).Bytes);
            foreach (var sign in urgent.Concat(prompt)) Assert.Contains("<li>" + HipMobility.Text.HtmlText.Escape(sign) + "</li>", html, StringComparison.Ordinal);
            Assert.Contains("24 hours", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_print_page_prints_each_caution_once_per_step_it_applies_to()
    {
        var (site, renderer) = Guide.Value;
        var routine = site.Routines["five-minute-evening"];
        var html = System.Text.Encoding.UTF8.GetString(renderer.RoutinePrint(routine).Bytes);
        foreach (var step in routine.Steps)
            foreach (var caution in site.Poses[step.PoseId].Cautions)
                Assert.Contains(HipMobility.Text.HtmlText.Escape(caution), html, StringComparison.Ordinal);
        Assert.Contains("class=\"red-flags\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"pain-scale\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_safety_page_lists_every_warning_sign_the_sheets_print()
    {
        // The sheets' wording lives in the theme's sheet-safety partial; the safety page says the same in prose, and
        // must not fall behind.
        var page = File.ReadAllText(Repo.Path("input", "safety.md"));
        foreach (var sign in SheetSafetyWording.UrgentSigns.Concat(SheetSafetyWording.PromptSigns))
            Assert.Contains(char.ToLowerInvariant(sign[0]) + sign[1..], page, StringComparison.Ordinal);
        Assert.Contains("24 hours", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_routine_over_several_weeks_has_a_tick_row_for_each_week_of_its_stages()
    {
        var (site, renderer) = Guide.Value;
        var staged = site.Routines["back-strength-six-weeks"];
        Assert.Equal("5-6", staged.Stages[^1].Weeks);
        Assert.Equal(["Week 1", "Week 2", "Week 3", "Week 4", "Week 5", "Week 6"], renderer.RoutineModel(staged).Weeks);
    }

    [Fact]
    public void A_routine_without_stages_has_two_weeks_to_tick()
    {
        var (site, renderer) = Guide.Value;
        var routine = site.Routines["desk-break"];
        Assert.Empty(routine.Stages);
        Assert.Equal(["Week 1", "Week 2"], renderer.RoutineModel(routine).Weeks);
    }
}
