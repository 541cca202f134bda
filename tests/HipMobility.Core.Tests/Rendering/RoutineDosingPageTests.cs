namespace HipMobility.Tests.Rendering;

/// <summary>A routine's page and its printed sheet say how many sets, how long to rest, and how often (the sample site's evening routine).</summary>
public class RoutineDosingPageTests(GoldenPageTests.SampleSite site) : IClassFixture<GoldenPageTests.SampleSite>
{
    private string Page(string path) => File.ReadAllText(site.Temp.Sub("site", path));

    [Fact]
    public void The_routine_page_shows_a_steps_sets_with_their_rest_and_how_often()
    {
        var html = Page("routines/evening/index.html");
        Assert.Contains("<div><dt>Sets</dt> <dd>2 sets, rest 20 seconds between sets</dd></div>", html);
        Assert.Contains("<p class=\"how-often\"><strong>How often:</strong> Once a day, 5 days a week</p>", html);
        Assert.Contains("<strong>Doing more:</strong> When both poses feel easy for a week", html);
    }

    [Fact]
    public void The_print_page_shows_a_steps_sets_with_their_rest_and_how_often()
    {
        var html = Page("routines/evening/print/index.html");
        Assert.Contains("Hold 60 seconds · <strong>2 sets</strong>, rest 20 seconds between · Each side", html);
        Assert.Contains("<p class=\"sheet-often\"><strong>How often:</strong> Once a day, 5 days a week</p>", html);
        Assert.Contains("<b>Easing off:</b> If pain is worse the next morning", html);
    }

    [Fact]
    public void A_page_with_a_review_date_shows_it_and_the_next_review_due_a_year_on() =>
        Assert.Contains("Last reviewed: <time datetime=\"2026-11-20\">20 November 2026</time> · Next review due: <time datetime=\"2027-11-20\">20 November 2027</time>",
            Page("poses/pigeon/index.html"));

    [Fact]
    public void A_page_without_a_review_date_shows_no_review_line() =>
        Assert.DoesNotContain("review-dates", Page("muscles/deep-hip-rotators/index.html"));

    [Fact]
    public void The_print_page_shows_the_review_dates_in_the_sheet_heading() =>
        Assert.Contains("home routine<span class=\"sheet-reviewed\"> · Last reviewed <time datetime=\"2026-11-20\">20 November 2026</time> · Next review due",
            Page("routines/evening/print/index.html"));
}
