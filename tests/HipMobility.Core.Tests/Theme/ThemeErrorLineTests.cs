using HipMobility.Pipeline;
using HipMobility.Tests.Faults;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Theme;

/// <summary>A mistake in a template is a build error that points into the template, in the build and on the command line.</summary>
public class ThemeErrorLineTests
{
    private const string TypoLine =
        "theme/layouts/pose.sbn-html(4,14): error HM202: 'tittle' is not a field of the pose page. Did you mean 'title'?";

    /// <summary>A copy of the real theme whose pose layout asks for <c>model.tittle</c> on its line 4.</summary>
    private static string ThemeWithATypo(TempDir temp)
    {
        var theme = Repo.CopyThemeInto(temp.Path);
        var layout = Path.Combine(theme, "layouts", "pose.sbn-html");
        var text = File.ReadAllText(layout);
        Assert.Equal("<h1>{{ model.title }}</h1>", text.Split('\n')[3]);
        File.WriteAllText(layout, text.Replace("<h1>{{ model.title }}</h1>", "<h1>{{ model.tittle }}</h1>"));
        return theme;
    }

    [Fact]
    public void A_typo_in_a_field_of_the_pose_layout_fails_the_build_with_the_template_s_file_line_column_and_nearest_field()
    {
        using var temp = new TempDir();
        var error = Assert.Throws<HipMobility.Theme.ThemeException>(() =>
            SiteBuild.Run(Repo.SampleInput, ThemeWithATypo(temp), temp.Sub("site"), new SiteOptions("https://example.org/")));
        Assert.Equal(TypoLine, error.Message);
    }

    [Fact]
    public void The_command_line_prints_a_theme_error_as_that_one_diagnostic_line()
    {
        using var temp = new TempDir();
        var theme = ThemeWithATypo(temp);
        var result = Cli.Run(temp.Path, "build", "--input", Repo.SampleInput, "--theme", theme, "--output", temp.Sub("site"), "--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(TypoLine, result.StandardError.Split('\n')[0].TrimEnd('\r'));
        Assert.False(Directory.Exists(temp.Sub("site")));
    }
}
