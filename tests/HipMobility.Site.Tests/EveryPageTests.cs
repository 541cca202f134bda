using System.Xml.Linq;
using HipMobility.Tests.Support;

namespace HipMobility.Tests;

/// <summary>Checks over every page of the built guide, not a sample. The crawl runs once; each test reads its results.</summary>
[Collection(GuideSiteCollection.Name)]
public class EveryPageTests : IClassFixture<EveryPageTests.Crawl>
{
    public sealed class Crawl(GuideSite site) : IAsyncLifetime
    {
        public SiteCrawl Result { get; private set; } = null!;
        public GuideSite Site { get; } = site;
        public async Task InitializeAsync() => Result = await SiteCrawl.RunAsync(Site);
        public Task DisposeAsync() => Task.CompletedTask;
    }

    private readonly Crawl _crawl;
    private IEnumerable<PageVisit> Visits => _crawl.Result.Visits.Values.OrderBy(v => v.Path, StringComparer.Ordinal);

    public EveryPageTests(Crawl crawl) => _crawl = crawl;

    private static void AllEmpty(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join("\n", list.Take(30)));
    }

    [Fact]
    public void The_crawl_covers_every_page_of_each_type()
    {
        var paths = _crawl.Result.Visits.Keys.ToList();
        Assert.True(paths.Count >= 80, $"only {paths.Count} pages crawled");
        Assert.Contains("/poses/pigeon/", paths);
        Assert.Contains("/muscles/hip-flexors/", paths);
        Assert.Contains("/routines/desk-break/print/", paths);
        Assert.Contains("/404.html", paths);
    }

    [Fact]
    public void Every_page_loads_with_status_200() =>
        AllEmpty(Visits.Where(v => v.Status != 200).Select(v => $"{v.Path}: {v.Status}"));

    [Fact]
    public void No_page_logs_a_console_error() =>
        AllEmpty(Visits.SelectMany(v => v.ConsoleErrors.Select(e => $"{v.Path}: {e}")));

    [Fact]
    public void No_request_fails() =>
        AllEmpty(Visits.SelectMany(v => v.FailedRequests.Select(e => $"{v.Path}: {e}")));

    [Fact]
    public void No_page_requests_another_origin() =>
        AllEmpty(Visits.SelectMany(v => v.OtherOriginRequests.Select(e => $"{v.Path}: {e}")));

    [Fact]
    public void Every_internal_link_leads_to_a_page_that_exists()
    {
        var origin = new Uri(_crawl.Site.BaseUrl);
        var pages = _crawl.Site.AllPages().ToHashSet(StringComparer.Ordinal);
        AllEmpty(Visits.SelectMany(v => v.Facts.Links
            .Select(l => new Uri(l))
            .Where(u => u.Authority == origin.Authority)
            .Where(u => !pages.Contains(u.AbsolutePath) && !File.Exists(Path.Combine(_crawl.Site.Directory, u.AbsolutePath.TrimStart('/'))))
            .Select(u => $"{v.Path} → {u.AbsolutePath}")));
    }

    [Fact]
    public void Every_fragment_link_names_an_element_that_exists()
    {
        var origin = new Uri(_crawl.Site.BaseUrl);
        AllEmpty(Visits.SelectMany(v => v.Facts.Links
            .Select(l => new Uri(l))
            .Where(u => u.Authority == origin.Authority && u.Fragment.Length > 1)
            .Where(u => !(_crawl.Result.Visits.TryGetValue(u.AbsolutePath, out var target) && target.Facts.Ids.Contains(Uri.UnescapeDataString(u.Fragment[1..]))))
            .Select(u => $"{v.Path} → {u.AbsolutePath}{u.Fragment}")));
    }

    [Fact]
    public void Every_image_and_svg_figure_has_a_text_alternative() =>
        AllEmpty(Visits.SelectMany(v => v.Facts.FiguresWithoutText.Select(f => $"{v.Path}: {f}")));

    [Fact]
    public void Every_page_has_exactly_one_h1() =>
        AllEmpty(Visits.Where(v => v.Facts.H1Count != 1).Select(v => $"{v.Path}: {v.Facts.H1Count} h1"));

    [Fact]
    public void Every_page_has_a_title_a_description_and_a_canonical_url() =>
        AllEmpty(Visits.Where(v => v.Facts.Title.Length == 0 || v.Facts.Description.Length == 0 || !v.Facts.Canonical.StartsWith(GuideSite.CanonicalBase))
            .Select(v => $"{v.Path}: title '{v.Facts.Title}', description '{v.Facts.Description}', canonical '{v.Facts.Canonical}'"));

    [Fact]
    public void The_sitemap_lists_exactly_the_pages_that_exist()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Load(Path.Combine(_crawl.Site.Directory, "sitemap.xml")).Descendants(ns + "loc")
            .Select(l => "/" + l.Value[GuideSite.CanonicalBase.Length..]).Order(StringComparer.Ordinal).ToList();
        var pages = _crawl.Site.AllPages()
            .Where(p => p != "/404.html" && !p.EndsWith("/print/", StringComparison.Ordinal) && !p.EndsWith("/play/", StringComparison.Ordinal)
                && !SiteCrawl.IsRedirectPage(_crawl.Site, p))
            .ToList();
        Assert.Equal(pages, listed);
    }
}
