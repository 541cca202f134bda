using HipMobility.Tests.Support;
using HipMobility.Theme;

namespace HipMobility.Tests.Theme;

/// <summary>The words the generator writes itself live in theme/wording.yml, checked as strictly as the templates.</summary>
public class ThemeWordingTests
{
    private static ThemeWording Wording(string yaml) => ThemeWording.Parse("theme/wording.yml", yaml);

    [Fact]
    public void An_entry_is_read_by_its_dotted_name()
    {
        Assert.Equal("All routines", Wording("routines_index:\n  title: All routines\n")["routines_index.title"]);
    }

    [Fact]
    public void Values_fill_their_named_places()
    {
        Assert.Equal("12 poses", Wording("x:\n  count: \"{count} poses\"\n").Format("x.count", ("count", 12)));
    }

    [Fact]
    public void A_missing_entry_is_a_theme_error_naming_the_file_and_the_nearest_entry()
    {
        var e = Assert.Throws<ThemeException>(() => Wording("routines_index:\n  title: All routines\n")["routines_index.tittle"]);

        Assert.Equal("theme/wording.yml(1,1): error HM204: the wording has no entry 'routines_index.tittle'. Did you mean 'routines_index.title'?", e.Message);
    }

    [Fact]
    public void A_place_the_generator_does_not_fill_is_a_theme_error_at_its_line()
    {
        var wording = Wording("# words\nx:\n  count: \"{total} poses\"\n");

        var e = Assert.Throws<ThemeException>(() => wording.Format("x.count", ("count", 3)));

        Assert.StartsWith("theme/wording.yml(3,10): error HM202: 'x.count' asks for '{total}', which the generator does not fill here. It can use {count}", e.Message);
    }

    [Fact]
    public void Every_entry_the_generator_asks_for_is_in_the_theme()
    {
        // The real guide renders every kind of page, so every entry is asked for.
        using var site = SiteCopy.Guide();
        var report = site.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    [Fact]
    public void Changing_an_entry_changes_the_page_that_shows_it()
    {
        using var temp = new TempDir();
        var theme = Repo.CopyThemeInto(temp.Path);
        var wording = Path.Combine(theme, ThemeWording.FileName);
        File.WriteAllText(wording, File.ReadAllText(wording).Replace("title: All routines", "title: Every routine we have"));

        var report = HipMobility.Pipeline.SiteBuild.Run(Repo.SampleInput, theme, temp.Sub("site"), new SiteOptions("https://example.org/"));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains("<h1>Every routine we have</h1>", File.ReadAllText(temp.Sub("site", "routines", "index.html")));
    }
}
