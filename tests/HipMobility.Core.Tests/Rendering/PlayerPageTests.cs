using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Theme;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>
/// Every routine's player page (<c>/routines/&lt;id&gt;/play/</c>) as its script and a reader without script get it:
/// one section per step, in order, with every caution of the step's pose and every precaution line of its version and the dose as numbers the timer reads.
/// </summary>
public partial class PlayerPageTests
{
    private static readonly Lazy<(LinkedSite Site, PageRenderer Renderer)> Guide = new(() =>
    {
        var bag = new DiagnosticBag();
        var urls = new SiteUrls("https://example.org/");
        var site = LinkStage.Run(ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), urls, bag), bag), urls, bag);
        Assert.False(bag.HasErrors);
        return (site, new PageRenderer(site, new CompiledTheme(ThemeFiles.Load(Repo.Theme), urls), new SiteOptions()));
    });

    private static List<Match> Sections(Routine routine) =>
        Section().Matches(Encoding.UTF8.GetString(Guide.Value.Renderer.RoutinePlay(routine).Bytes)).ToList();

    private static string Attribute(Match section, string name) => Regex.Match(section.Value, $"{name}=\"([^\"]*)\"").Groups[1].Value;

    [Fact]
    public void Every_step_of_every_routine_is_one_section_of_its_player_with_every_caution_and_precaution_line_of_its_version()
    {
        var (site, renderer) = Guide.Value;
        foreach (var routine in site.Routines.Values)
        {
            var sections = Sections(routine);
            Assert.Equal(routine.Steps.Count, sections.Count);
            foreach (var (step, section) in routine.Steps.Zip(sections))
            {
                var cautions = Caution().Matches(Regex.Match(section.Value, "<div class=\"play-cautions\">.*?</div>", RegexOptions.Singleline).Value)
                    .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
                var version = site.VersionOf(step)!;
                Assert.Equal([.. version.Pose.Cautions, .. renderer.Precautions.Lines(version)], cautions);
            }
        }
    }

    [Fact]
    public void Every_step_carries_its_hold_in_seconds_its_breaths_its_most_repetitions_and_its_sides_for_the_timer()
    {
        var (breaths, reps) = (0, 0);
        foreach (var routine in Guide.Value.Site.Routines.Values)
            foreach (var (step, section) in routine.Steps.Zip(Sections(routine)))
            {
                Assert.Equal((step.Dose.Hold?.Seconds ?? 0).ToString(), Attribute(section, "data-hold-seconds"));
                var stepBreaths = step.Dose.Hold is { Unit: HoldUnit.Breaths } h ? h.High : 0;
                Assert.Equal(stepBreaths.ToString(), Attribute(section, "data-hold-breaths"));
                Assert.Equal((step.Dose.Reps?.Max ?? 0).ToString(), Attribute(section, "data-reps"));
                Assert.Equal(step.Sides, Attribute(section, "data-sides"));
                if (stepBreaths > 0) breaths++;
                if (step.Dose.Reps is not null) reps++;
            }
        Assert.True(breaths > 0 && reps > 0, "the guide has no breath-counted or repeated step, so the test shows nothing about them");
    }

    [Fact]
    public void A_step_whose_pose_has_a_figure_shows_the_figure_in_the_player()
    {
        var (site, _) = Guide.Value;
        var shown = 0;
        foreach (var routine in site.Routines.Values)
            foreach (var (step, section) in routine.Steps.Zip(Sections(routine)))
            {
                var pose = site.Poses[step.PoseId];
                var variant = step.VariantId is null ? null : pose.FindVariant(step.VariantId);
                var hasFigure = (variant is null ? pose.Figure : pose.FigureOf(variant) ?? pose.Figure) is not null;
                Assert.Equal(hasFigure, section.Value.Contains("<svg class=\"figure-svg\"", StringComparison.Ordinal));
                if (hasFigure) shown++;
            }
        Assert.True(shown > 0, "no routine step has a figure, so the test shows nothing");
    }

    [GeneratedRegex("<section class=\"play-step\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Caution();
}
