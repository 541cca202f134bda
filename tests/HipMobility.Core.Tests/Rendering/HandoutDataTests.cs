using System.Text.Json;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Rendering;

/// <summary>/handouts/guide.json, the one data file of the handout builder: complete, in a stable order, byte-identical across builds.</summary>
public class HandoutDataTests
{
    private static LinkedSite Guide()
    {
        var bag = new DiagnosticBag();
        var content = ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(Repo.Path("input")), InMemorySite.Urls, bag), bag);
        return LinkStage.Run(content, new SiteUrls("https://example.org/"), bag);
    }

    [Fact]
    public void Two_builds_of_the_guide_write_the_same_bytes()
    {
        Assert.Equal(HandoutData.Json(Guide()), HandoutData.Json(Guide()));
    }

    [Fact]
    public void Every_pose_and_variant_of_the_guide_is_listed_by_its_id_with_its_cue_every_caution_and_dose()
    {
        var site = Guide();
        using var json = JsonDocument.Parse(HandoutData.Json(site));
        var poses = json.RootElement.GetProperty("poses").EnumerateArray().ToList();
        Assert.Equal(site.Poses.Keys.Order(StringComparer.Ordinal), poses.Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        foreach (var p in poses)
        {
            var pose = site.Poses[p.GetProperty("id").GetString()!];
            Assert.Equal(pose.Title, p.GetProperty("title").GetString());
            Assert.Equal(pose.Cue, p.GetProperty("cue").GetString());
            Assert.Equal(pose.Cautions, p.GetProperty("cautions").EnumerateArray().Select(c => c.GetString()!));
            Assert.False(p.TryGetProperty("caution", out _));
            Assert.Equal(pose.Sides, p.GetProperty("sides").GetString());
            Assert.Equal(pose.Dose.Hold?.Text, p.TryGetProperty("hold", out var h) ? h.GetString() : null);
            Assert.Equal(pose.Aliases, p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
            Assert.Equal(pose.Variants.Select(v => (v.Id, v.Name, v.Cue)),
                p.GetProperty("variants").EnumerateArray().Select(v => (v.GetProperty("id").GetString()!, v.GetProperty("name").GetString()!, v.GetProperty("cue").GetString()!)));
        }
        var titles = poses.Select(p => p.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
    }

    [Fact]
    public void Every_version_lists_its_precautions_with_the_safer_version_they_name_and_the_tags_come_in_the_controlled_order()
    {
        var site = Guide();
        using var json = JsonDocument.Parse(HandoutData.Json(site));
        Assert.Equal(HipMobility.Schema.ControlledLists.Precautions, json.RootElement.GetProperty("precautions").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
        var twist = json.RootElement.GetProperty("poses").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "seated-spinal-twist");
        var own = twist.GetProperty("precautions").EnumerateArray().Single(p => p.GetProperty("tag").GetString() == "hip-replacement-posterior");
        Assert.Equal("avoid", own.GetProperty("level").GetString());
        Assert.Equal("seated-spinal-twist", own.GetProperty("usePose").GetString());
        Assert.Equal("chair", own.GetProperty("useVariant").GetString());
        var chair = twist.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "chair");
        var lifted = chair.GetProperty("precautions").EnumerateArray().Single(p => p.GetProperty("tag").GetString() == "hip-replacement-posterior");
        Assert.Equal("take-care", lifted.GetProperty("level").GetString());
        foreach (var pose in site.Poses.Values)
        foreach (var v in pose.Variants)
        {
            var listed = json.RootElement.GetProperty("poses").EnumerateArray().Single(p => p.GetProperty("id").GetString() == pose.Id)
                .GetProperty("variants").EnumerateArray().Single(x => x.GetProperty("id").GetString() == v.Id);
            Assert.Equal(pose.PrecautionsOf(v).Select(p => (p.Tag, p.Level)),
                listed.GetProperty("precautions").EnumerateArray().Select(p => (p.GetProperty("tag").GetString()!, p.GetProperty("level").GetString()!)));
        }
    }

    [Fact]
    public void Every_routine_is_listed_with_its_steps()
    {
        var site = Guide();
        using var json = JsonDocument.Parse(HandoutData.Json(site));
        var routines = json.RootElement.GetProperty("routines").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(site.Routines.Count, routines.Count);
        var desk = routines["desk-break"].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(site.Routines["desk-break"].Steps.Select(s => s.PoseId), desk.Select(s => s.GetProperty("pose").GetString()));
        Assert.Equal("bent-knee", desk[2].GetProperty("variant").GetString());
        Assert.Equal("8", desk[2].GetProperty("reps").GetString());
    }

    [Fact]
    public void A_routine_s_steps_carry_their_sets_and_rest_and_the_routine_its_days_a_week()
    {
        var site = Guide();
        using var json = JsonDocument.Parse(HandoutData.Json(site));
        var program = json.RootElement.GetProperty("routines").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "progressive-hip-program");
        var bridge = program.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("pose").GetString() == "bridge");
        Assert.Equal((2, "30-60s"), (bridge.GetProperty("sets").GetInt32(), bridge.GetProperty("rest").GetString()));
        var first = program.GetProperty("steps")[0];
        Assert.False(first.TryGetProperty("sets", out _), "a single set is left out");
        Assert.Equal(site.Routines["progressive-hip-program"].HowOften!.DaysAWeek, program.GetProperty("daysAWeek").GetInt32());
    }

    [Fact]
    public void A_renamed_pose_and_a_renamed_variant_keep_their_old_ids_so_old_handout_links_find_them()
    {
        var (site, diagnostics) = InMemorySite.Link(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose(extra: """
                standalone: a test pose
                redirect_from: [/poses/old-lunge/]
                variants:
                  - id: supported
                    name: Supported low lunge
                    position: kneeling
                    intensity: moderate
                    cue: Rest the back knee on a blanket.
                    redirect_from: [padded]
                """)));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        using var json = JsonDocument.Parse(HandoutData.Json(site));
        var pose = json.RootElement.GetProperty("poses")[0];
        Assert.Equal(["old-lunge"], pose.GetProperty("formerIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["padded"], pose.GetProperty("variants")[0].GetProperty("formerIds").EnumerateArray().Select(e => e.GetString()));
    }
}
