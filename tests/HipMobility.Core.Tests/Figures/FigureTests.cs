using HipMobility.Content;
using HipMobility.Figures;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Figures;

/// <summary>The figure model: known angles give known positions, bodies rest on their support, drawings are stable.</summary>
public class FigureTests
{
    private static readonly IReadOnlyDictionary<string, double> None = new Dictionary<string, double>();

    private static Dictionary<string, double> Angles(params (string, double)[] angles) => angles.ToDictionary(a => a.Item1, a => a.Item2);

    private static IReadOnlyList<Segment> Standing(params (string, double)[] angles) =>
        Kinematics.Pose(Mat3.Identity, FigurePlacement.Angles(Angles(angles)));

    private static Vec3 End(IReadOnlyList<Segment> body, string segment) => body.Single(s => s.Name == segment).Points[^1];

    private static void Near(double expected, double actual) => Assert.True(Math.Abs(expected - actual) < 1e-9, $"expected {expected}, got {actual}");

    [Fact]
    public void Neutral_legs_hang_straight_down_from_the_hips()
    {
        var body = Standing();
        var knee = End(body, "left-thigh");
        Near(0, knee.X);
        Near(-Proportions.Thigh, knee.Y);
        Near(Proportions.HipHalfWidth, knee.Z);
        Near(-Proportions.Thigh - Proportions.Shin, End(body, "left-shin").Y);
    }

    [Fact]
    public void Hip_flexion_of_90_puts_the_knee_in_front_at_hip_height()
    {
        var knee = End(Standing(("hip-flexion", 90)), "right-thigh");
        Near(Proportions.Thigh, knee.X);
        Near(0, knee.Y);
    }

    [Fact]
    public void Knee_flexion_of_90_takes_the_shin_straight_back()
    {
        var ankle = End(Standing(("left-knee-flexion", 90)), "left-shin");
        Near(-Proportions.Shin, ankle.X);
        Near(-Proportions.Thigh, ankle.Y);
        // The other side, not named, stays neutral.
        Near(0, End(Standing(("left-knee-flexion", 90)), "right-shin").X);
    }

    [Fact]
    public void Abduction_takes_each_leg_outward_and_extension_backward()
    {
        var body = Standing(("hip-abduction", 30), ("left-hip-extension", 20));
        Near(Proportions.HipHalfWidth + Proportions.Thigh * Math.Sin(Math.PI / 6), End(body, "left-thigh").Z);
        Near(-Proportions.HipHalfWidth - Proportions.Thigh * Math.Sin(Math.PI / 6), End(body, "right-thigh").Z);
        Assert.True(End(body, "left-thigh").X < 0, "hip extension takes the knee behind the hip");
    }

    [Fact]
    public void External_rotation_turns_a_bent_knee_s_foot_toward_the_midline()
    {
        var body = Standing(("hip-flexion", 90), ("knee-flexion", 90), ("hip-external-rotation", 30));
        Assert.True(End(body, "left-shin").Z < End(body, "left-thigh").Z, "left foot moves toward the midline");
        Assert.True(End(body, "right-shin").Z > End(body, "right-thigh").Z, "right foot moves toward the midline");
    }

    [Fact]
    public void A_pelvis_rolled_to_the_right_turns_the_hips_and_all_above_them_to_the_right()
    {
        var body = Standing(("pelvis-roll-right", 90));
        var leftHip = body.Single(s => s.Name == "left-thigh").Points[0];
        Near(Proportions.HipHalfWidth, leftHip.X); // the left hip comes round to the front
        Near(0, leftHip.Z);
        // The spine turned back the other way keeps the chest facing forward (a supine twist's shoulders stay flat).
        var chest = Standing(("pelvis-roll-right", 45), ("lumbar-rotation-left", 10), ("thoracic-rotation-left", 35));
        var shoulder = chest.Single(s => s.Name == "left-upper-arm").Points[0];
        Assert.True(Math.Abs(shoulder.X) < 0.01, $"the left shoulder is {shoulder.X:0.000} forward of the hips");
    }

    [Fact]
    public void Spinal_flexion_brings_the_head_forward()
    {
        Assert.True(Standing(("lumbar-flexion", 40)).Single(s => s.Name == "head").Points[0].X > 0.1);
        Assert.True(Standing(("lumbar-extension", 10)).Single(s => s.Name == "head").Points[0].X < 0);
    }

    [Fact]
    public void A_frame_s_angle_wins_over_the_figure_s_and_a_named_side_over_both_sides()
    {
        var angle = FigurePlacement.Angles(Angles(("hip-extension", 10)), Angles(("hip-flexion", 45), ("left-knee-flexion", 30), ("knee-flexion", 90)));
        Near(0, angle("left-hip-flexion"));
        Near(10, angle("left-hip-extension"));
        Near(30, angle("left-knee-flexion"));
        Near(90, angle("right-knee-flexion"));
    }

    public static TheoryData<string, string> Positions() => new()
    {
        { "upright", "floor" }, { "supine", "floor" }, { "prone", "floor" }, { "quadruped", "floor" },
        { "seated", "floor" }, { "kneeling", "floor" }, { "supine", "bed" },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void Every_orientation_comes_to_rest_on_its_support(string orientation, string support)
    {
        var figure = new FigureSpec(orientation, support, "left", None, [], [new FigureFrame("alt", None)]);
        var body = FigurePlacement.Place(figure, figure.Frames[0]);
        var lowest = FigurePlacement.Contacts(body.Segments, []).Min(c => c.Bottom);
        Near(support == "bed" ? FigurePlacement.BedHeight : 0, lowest);
        Assert.True(FigurePlacement.Rests(body.Segments, []), $"{orientation} on {support} does not rest");
    }

    [Fact]
    public void A_bridge_tips_onto_its_shoulders_and_feet()
    {
        var figure = new FigureSpec("supine", "floor", "left", Angles(("knee-flexion", 90)), [], [new FigureFrame("top", None)]);
        var body = FigurePlacement.Place(figure, figure.Frames[0]);
        var pelvis = body.Segments.Single(s => s.Name == "pelvis").Points[0];
        var head = body.Segments.Single(s => s.Name == "head").Points[0];
        Assert.True(pelvis.Y > head.Y + 0.1, "the hips are lifted above the shoulders");
        Assert.True(FigurePlacement.Rests(body.Segments, []));
    }

    [Fact]
    public void A_block_under_a_hand_lifts_it_off_the_floor()
    {
        var angles = Angles(("left-hip-flexion", 110), ("left-knee-flexion", 85), ("right-hip-extension", 15), ("right-knee-flexion", 75),
            ("lumbar-flexion", 10), ("shoulder-flexion", 40), ("ankle-plantarflexion", 0));
        var figure = new FigureSpec("kneeling", "floor", "left", angles, [new FigureProp("block", "left-hand")], [new FigureFrame("alt", None)]);
        var body = FigurePlacement.Place(figure, figure.Frames[0]);
        var block = Assert.Single(body.Props);
        Assert.True(block.Height > 0.02);
        Near(0, block.From.Y);
    }

    [Fact]
    public void Seated_on_a_chair_the_feet_touch_the_floor_and_the_seat_is_under_the_pelvis()
    {
        var figure = new FigureSpec("seated", "chair", "left", None, [], [new FigureFrame("alt", None)]);
        var body = FigurePlacement.Place(figure, figure.Frames[0]);
        Near(0, FigurePlacement.Contacts(body.Segments, []).Min(c => c.Bottom));
        var chair = Assert.IsType<ChairShape>(body.Chair);
        var pelvis = body.Segments.Single(s => s.Name == "pelvis").Points[0];
        Assert.InRange(pelvis.X, Math.Min(chair.BackX, chair.FrontX), Math.Max(chair.BackX, chair.FrontX));
        Assert.InRange(chair.SeatY, 0.2, 0.3);
    }

    public static FigureSpec Bridge { get; } = new("supine", "floor", "left", Angles(("knee-flexion", 90), ("ankle-plantarflexion", 45)), [],
    [
        new FigureFrame("Lying on your back, knees bent, feet flat.", Angles(("hip-flexion", 45))),
        new FigureFrame("Hips lifted in a straight line from knees to shoulders", Angles(("hip-flexion", 0), ("ankle-plantarflexion", 0), ("shoulder-extension", 30))),
    ]);

    public static FigureSpec ChairKneeLift { get; } = new("seated", "chair", "right", None, [],
        [new FigureFrame("Sitting on a chair with the right knee lifted & the foot off the floor", Angles(("right-hip-flexion", 115), ("right-knee-flexion", 100)))]);

    public static FigureSpec SquatFront { get; } = new("upright", "floor", "front",
        Angles(("hip-flexion", 115), ("knee-flexion", 140), ("hip-abduction", 35), ("hip-external-rotation", 25), ("ankle-dorsiflexion", 20)), [],
        [new FigureFrame("Seen from the front, a deep squat with the knees wide", None)]);

    [Theory]
    [InlineData("bridge")]
    [InlineData("chair-knee-lift")]
    [InlineData("squat-front")]
    public void Golden_figure(string name)
    {
        var figure = name switch { "bridge" => Bridge, "squat-front" => SquatFront, _ => ChairKneeLift };
        var svg = FigureSvg.Draw(figure, "fig-" + name, name switch { "bridge" => "Bridge", "squat-front" => "Squat", _ => "Knee lift <seated>" }) + "\n";
        var path = Repo.Path("tests", "HipMobility.Core.Tests", "Golden", $"figure-{name}.svg");
        if (Repo.UpdateGoldens) File.WriteAllText(path, svg);
        Assert.Equal(File.ReadAllText(path), svg);
    }

    [Fact]
    public void The_drawing_is_accessible_and_escapes_its_text()
    {
        var svg = FigureSvg.Draw(ChairKneeLift, "fig-x", "Knee lift <seated>");
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("aria-labelledby=\"fig-x-t\"", svg);
        Assert.Contains("<title id=\"fig-x-t\">Knee lift &lt;seated&gt;</title>", svg);
        Assert.Contains("<desc id=\"fig-x-d\">Sitting on a chair with the right knee lifted &amp; the foot off the floor</desc>", svg);
        Assert.Equal("Start: Lying on your back, knees bent, feet flat. End: Hips lifted in a straight line from knees to shoulders.",
            FigureSvg.Description(Bridge.Frames));
    }

    [Fact]
    public void Every_coordinate_has_one_fixed_decimal_and_the_drawing_repeats_exactly()
    {
        var svg = FigureSvg.Draw(Bridge, "f", "Bridge");
        Assert.Equal(svg, FigureSvg.Draw(Bridge, "f", "Bridge"));
        var d = System.Text.RegularExpressions.Regex.Matches(svg, @" d=""([^""]*)""").Select(m => m.Groups[1].Value);
        foreach (var number in d.SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p, @"-?[\d.]+").Select(m => m.Value)))
            Assert.Matches(@"^-?\d+\.\d$", number);
        Assert.DoesNotContain("-0.0", svg);
    }

    [Fact]
    public void A_variant_overrides_only_what_it_states()
    {
        var variant = new FigureOverride(null, null, null, Angles(("knee-flexion", 120)), null, [new FigureFrame("Heels close", None)]);
        var merged = Bridge.Override(variant);
        Assert.Equal("supine", merged.Orientation);
        Assert.Equal(120, merged.Angles["knee-flexion"]);
        Assert.Equal(45, merged.Angles["ankle-plantarflexion"]);
        Assert.Equal("Heels close", Assert.Single(merged.Frames).Alt);
    }

    [Fact]
    public void Wrist_extension_of_90_lays_the_hand_at_a_right_angle_to_the_forearm()
    {
        var body = Standing(("wrist-extension", 90));
        var hand = body.Single(s => s.Name == "left-hand");
        var forearm = body.Single(s => s.Name == "left-forearm");
        Near(forearm.Points[1].X + Proportions.Hand, hand.Points[1].X);
        Near(forearm.Points[1].Y, hand.Points[1].Y);
    }

    private static PlacedBody Placed(string orientation, string support, params (string, double)[] angles)
    {
        var figure = new FigureSpec(orientation, support, "left", Angles(angles), [], [new FigureFrame("alt", None)]);
        return FigurePlacement.Place(figure, figure.Frames[0]);
    }

    private static double Slope(PlacedBody body, string segment)
    {
        var s = body.Segments.Single(x => x.Name == segment);
        var d = s.Points[^1] - s.Points[0];
        return Math.Atan2(Math.Abs(d.Y), Math.Abs(d.X)) * 180 / Math.PI;
    }

    [Fact]
    public void Kneeling_starts_with_the_kneeling_shin_level_on_the_floor()
    {
        var body = Placed("kneeling", "floor", ("hip-flexion", 110), ("knee-flexion", 150));
        Assert.True(Slope(body, "left-shin") < 3, $"the shin slopes {Slope(body, "left-shin")} degrees");
        Assert.True(FigurePlacement.Rests(body.Segments, []));
    }

    [Fact]
    public void On_hands_and_knees_with_the_back_rounded_both_hands_and_both_knees_stay_on_the_floor()
    {
        var body = Placed("quadruped", "floor", ("lumbar-flexion", 20), ("thoracic-flexion", 15));
        Assert.Equal(4, FigurePlacement.LimbsBearingWeight(body.Segments, []));
        Assert.True(Slope(body, "left-upper-arm") > 70, $"the upper arm is {Slope(body, "left-upper-arm")} degrees from level");
    }

    [Fact]
    public void Standing_on_one_leg_the_other_swung_forward_stays_off_the_floor()
    {
        var body = Placed("upright", "floor", ("left-hip-flexion", 35));
        Assert.True(Slope(body, "right-thigh") > 89, "the standing thigh is upright");
        var lowest = FigurePlacement.Contacts(body.Segments, []).Min(c => c.Bottom);
        var swung = body.Segments.Single(s => s.Name == "left-foot").Points.Min(p => p.Y) - Proportions.FootR;
        Assert.True(swung - lowest > 0.02, "the swung foot is off the floor");
    }

    [Fact]
    public void A_split_stance_stands_on_both_feet()
    {
        var body = Placed("upright", "floor", ("left-hip-flexion", 60), ("right-hip-flexion", 25));
        var lowest = FigurePlacement.Contacts(body.Segments, []).Min(c => c.Bottom);
        foreach (var side in new[] { "left", "right" })
            Assert.True(body.Segments.Single(s => s.Name == side + "-foot").Points.Min(p => p.Y) - Proportions.FootR - lowest < 0.01, $"{side} foot off the floor");
    }

    [Fact]
    public void A_chair_held_above_seat_height_has_its_back_under_the_hand()
    {
        var figure = new FigureSpec("upright", "floor", "left", Angles(("right-shoulder-abduction", 50)), [new FigureProp("chair", "right-hand")],
            [new FigureFrame("alt", None)]);
        var body = FigurePlacement.Place(figure, figure.Frames[0]);
        var chair = Assert.Single(body.Chairs);
        Assert.False(chair.IsSeat);
        var hand = Kinematics.Part(body.Segments, "right-hand");
        Assert.True(Math.Abs(chair.SeatY + ChairShape.BackHeight - (hand.At.Y - hand.Radius)) < 0.01, "the back's top rail is at the hand");
        Assert.True(chair.Z < -Proportions.HipHalfWidth, "a hand held out to the side holds a chair beside the body");
    }

    [Fact]
    public void Each_view_projects_the_body_unmirrored()
    {
        var p = new Vec3(0.1, 0.2, 0.3); // forward, up, to the body's left
        Assert.Equal((-10.0, -20.0), Round(new FigureSvg.Projection("left"), p));
        Assert.Equal((10.0, -20.0), Round(new FigureSvg.Projection("right"), p));
        Assert.Equal((30.0, -20.0), Round(new FigureSvg.Projection("front"), p)); // facing the body, its left is on the reader's right
        Assert.Equal((-30.0, -20.0), Round(new FigureSvg.Projection("back"), p));
        Assert.Equal((-10.0, 30.0), Round(new FigureSvg.Projection("top"), p));
        Assert.True(new FigureSvg.Projection("front").Depth(p) > new FigureSvg.Projection("front").Depth(p with { X = 0 }), "what is in front is nearer");
    }

    private static (double, double) Round(FigureSvg.Projection view, Vec3 p) => (Math.Round(view.X(p), 6), Math.Round(view.Y(p), 6));

    [Fact]
    public void Every_joint_name_has_a_range_and_both_sides()
    {
        Assert.Equal((0, 120), FigureVocabulary.RangeOf("left-hip-flexion"));
        Assert.Equal((0, 120), FigureVocabulary.RangeOf("hip-flexion"));
        Assert.Null(FigureVocabulary.RangeOf("left-lumbar-flexion"));
        Assert.Equal(FigureVocabulary.JointNames.Count, FigureVocabulary.JointNames.Select(j => j.Name).Distinct().Count());
    }
}
