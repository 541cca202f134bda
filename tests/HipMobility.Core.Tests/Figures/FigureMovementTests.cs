using HipMobility.Content;
using HipMobility.Figures;

namespace HipMobility.Tests.Figures;

/// <summary>The Play control's steps: the joint angles between a movement's start and end, drawn in place.</summary>
public class FigureMovementTests
{
    private static Dictionary<string, double> Angles(params (string, double)[] angles) => angles.ToDictionary(a => a.Item1, a => a.Item2);

    private static readonly FigureSpec Bridge = FigureTests.Bridge;

    /// <summary>Cat to cow on hands and knees: the arms follow the orientation's own rule (plumb under the shoulders).</summary>
    private static readonly FigureSpec CatCow = new("quadruped", "floor", "left", new Dictionary<string, double>(), [],
    [
        new FigureFrame("Back arched", Angles(("lumbar-extension", 12), ("neck-extension", 20))),
        new FigureFrame("Back rounded", Angles(("lumbar-flexion", 25), ("thoracic-flexion", 20), ("neck-flexion", 30))),
    ]);

    private static IEnumerable<Vec3> Points(PlacedBody body) => body.Segments.SelectMany(s => s.Points);

    private static PlacedBody Step(FigureSpec figure, double t) =>
        FigurePlacement.Place(figure, FigurePlacement.Between(figure, figure.Frames[0], figure.Frames[1], t));

    [Theory]
    [InlineData("bridge")]
    [InlineData("cat-cow")]
    public void The_first_and_last_steps_are_the_start_and_end_frames(string name)
    {
        var figure = name == "bridge" ? Bridge : CatCow;
        for (var end = 0; end < 2; end++)
        {
            var expected = Points(FigurePlacement.Place(figure, figure.Frames[end])).ToList();
            var actual = Points(Step(figure, end)).ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
                Assert.True((expected[i] - actual[i]) is var d && Math.Abs(d.X) + Math.Abs(d.Y) + Math.Abs(d.Z) < 1e-9, $"{name}, frame {end}, point {i}");
        }
    }

    [Fact]
    public void Halfway_every_joint_is_halfway_between_the_start_and_the_end()
    {
        var half = FigurePlacement.Between(Bridge, Bridge.Frames[0], Bridge.Frames[1], 0.5).Angles;
        Assert.Equal(22.5, half["left-hip-flexion"], 9);     // 45 → 0
        Assert.Equal(22.5, half["right-ankle-plantarflexion"], 9); // the figure's 45 → the end frame's 0
        Assert.Equal(15, half["left-shoulder-extension"], 9); // 0 → 30
        Assert.Equal(90, half["left-knee-flexion"], 9);      // the figure's, in both frames
        Assert.False(half.ContainsKey("hip-flexion"), "every limb joint is named per side");
    }

    [Fact]
    public void A_movement_has_its_steps_hidden_from_assistive_technology_and_a_hold_has_none()
    {
        var svg = FigureSvg.DrawMovement(Bridge)!;
        Assert.Equal(FigureSvg.PlaySteps, System.Text.RegularExpressions.Regex.Count(svg, "<g class=\"fig-step\">"));
        Assert.Contains("aria-hidden=\"true\"", svg);
        Assert.DoesNotContain("role=\"img\"", svg);
        Assert.Equal(svg, FigureSvg.DrawMovement(Bridge));
        Assert.Null(FigureSvg.DrawMovement(Bridge with { Frames = [Bridge.Frames[0]] }));
    }

    [Fact]
    public void In_a_leg_swing_the_standing_foot_stays_in_place_while_the_other_leg_swings()
    {
        var swing = new FigureSpec("upright", "floor", "left", new Dictionary<string, double>(), [],
        [
            new FigureFrame("Right leg swung forward", Angles(("right-hip-flexion", 35))),
            new FigureFrame("Right leg swung back", Angles(("right-hip-extension", 20))),
        ]);
        var view = new FigureSvg.Projection("left");
        var steps = Enumerable.Range(0, FigureSvg.PlaySteps).Select(i => Step(swing, i / (double)(FigureSvg.PlaySteps - 1))).ToList();
        var anchors = FigureSvg.Anchors(steps, view);
        var heel = steps.Select((b, i) => view.X(b.Segments.Single(s => s.Name == "left-foot").Points[1]) - anchors[i]).ToList();
        Assert.True(heel.Max() - heel.Min() < 0.5, $"the standing heel moves {heel.Max() - heel.Min():0.0} units across the steps");
        var toe = steps.Select(b => view.X(b.Segments.Single(s => s.Name == "right-foot").Points[^1])).ToList();
        Assert.True(toe.Zip(toe.Skip(1)).All(p => p.Second > p.First), "the swinging foot goes back at every step (left view: back is to the right)");
    }
}
