using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

public class ValidateStageTests
{
    private static IReadOnlyList<string> ErrorsFor(string pose) =>
        InMemorySite.Errors(InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle), InMemorySite.File("poses/low-lunge.md", pose));

    [Fact]
    public void A_valid_pose_has_no_errors() => Assert.Empty(ErrorsFor(InMemorySite.Pose()));

    [Fact]
    public void An_unknown_field_names_the_nearest_known_one() =>
        Assert.Contains(ErrorsFor(InMemorySite.Pose(extra: "sanskirt: Anjaneyasana")), e => e.Contains("HM004") && e.Contains("Did you mean 'sanskrit'?"));

    [Fact]
    public void A_value_outside_a_controlled_list_lists_the_allowed_values() =>
        Assert.Contains(ErrorsFor(InMemorySite.Pose(extra: "props: [yoga-wheel]")), e => e.Contains("HM006") && e.Contains("Allowed: block, blanket"));

    [Fact]
    public void A_pose_without_hold_or_reps_is_an_error() =>
        Assert.Contains(ErrorsFor(InMemorySite.Pose().Replace("hold: 30s\n", "")), e => e.Contains("HM007") && e.Contains("'hold' or 'reps'"));

    [Fact]
    public void Empty_cautions_are_an_error() =>
        Assert.Contains(ErrorsFor(InMemorySite.Pose().Replace("cautions: [Stop if you feel sharp pain.]", "cautions: []")), e => e.Contains("HM007") && e.Contains("'cautions'"));

    [Fact]
    public void A_text_where_a_list_belongs_is_a_type_error() =>
        Assert.Contains(ErrorsFor(InMemorySite.Pose(extra: "aliases: crescent")), e => e.Contains("HM005"));

    [Fact]
    public void A_duplicate_variant_id_is_an_error()
    {
        const string variants = "variants:\n  - {id: a, name: A, position: chair, intensity: gentle, cue: c}\n  - {id: a, name: B, position: chair, intensity: gentle, cue: c}";
        Assert.Contains(ErrorsFor(InMemorySite.Pose(extra: variants)), e => e.Contains("HM020"));
    }

    [Fact]
    public void A_redirect_that_is_not_a_site_path_is_an_error() =>
        Assert.Contains(ErrorsFor(InMemorySite.Pose(extra: "redirect_from: [https://evil.example/]")), e => e.Contains("HM021"));

    [Theory]
    [InlineData("../escape")]
    [InlineData("con")]
    [InlineData("Upper")]
    [InlineData("a--b")]
    public void Ids_that_could_escape_or_clash_are_refused(string id) =>
        Assert.False(HipMobility.Content.Ids.IsValid(id));
}
