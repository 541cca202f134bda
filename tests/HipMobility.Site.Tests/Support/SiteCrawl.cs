using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace HipMobility.Tests.Support;

/// <summary>What loading one page in the browser showed.</summary>
public sealed record PageVisit(
    string Path,
    int Status,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> FailedRequests,
    IReadOnlyList<string> OtherOriginRequests,
    PageFacts Facts);

/// <summary>Facts read from the page's DOM after it loaded (settable: Playwright fills it from JSON).</summary>
public sealed class PageFacts
{
    public int H1Count { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Canonical { get; set; } = "";
    public string[] Links { get; set; } = [];
    public string[] Ids { get; set; } = [];
    public string[] FiguresWithoutText { get; set; } = [];
}

/// <summary>Loads every page of the built site once in Chromium, two at a time, and records what happened.</summary>
public sealed class SiteCrawl
{
    private const string FactsScript = """
        () => {
          const meta = n => document.querySelector(`meta[name="${n}"]`)?.getAttribute('content') ?? '';
          const figures = [...document.querySelectorAll('img, svg')]
            .filter(e => !(e.tagName === 'svg' && e.closest('svg') !== e))
            .filter(e => e.getAttribute('aria-hidden') !== 'true')
            .filter(e => e.tagName === 'IMG' ? !e.hasAttribute('alt')
                         : !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.querySelector(':scope > title')))
            .map(e => e.outerHTML.slice(0, 80));
          return {
            h1Count: document.querySelectorAll('h1').length,
            title: document.title,
            description: meta('description'),
            canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '',
            // SVG links (the body map) have an object for .href: resolve the attribute instead.
            links: [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href),
            ids: [...document.querySelectorAll('[id]')].map(e => e.id),
            figuresWithoutText: figures,
          };
        }
        """;

    public IReadOnlyDictionary<string, PageVisit> Visits { get; }

    private SiteCrawl(IReadOnlyDictionary<string, PageVisit> visits) => Visits = visits;

    public static async Task<SiteCrawl> RunAsync(GuideSite site)
    {
        var visits = new ConcurrentDictionary<string, PageVisit>();
        var origin = new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority);
        var context = await site.Browser.NewContextAsync();
        await Parallel.ForEachAsync(site.AllPages().Where(p => !IsRedirectPage(site, p)), new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (path, _) =>
        {
            var page = await context.NewPageAsync();
            var consoleErrors = new ConcurrentQueue<string>();
            var failed = new ConcurrentQueue<string>();
            var offOrigin = new ConcurrentQueue<string>();
            page.Console += (_, m) => { if (m.Type == "error") consoleErrors.Enqueue(m.Text); };
            page.PageError += (_, e) => consoleErrors.Enqueue(e);
            page.RequestFailed += (_, r) => failed.Enqueue($"{r.Url} ({r.Failure})");
            page.Request += (_, r) =>
            {
                if (!r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
                    offOrigin.Enqueue(r.Url);
            };
            var response = await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var facts = await page.EvaluateAsync<PageFacts>(FactsScript);
            visits[path] = new PageVisit(path, response?.Status ?? 0, consoleErrors.ToList(), failed.ToList(), offOrigin.ToList(), facts);
            await page.CloseAsync();
        });
        await context.CloseAsync();
        return new SiteCrawl(visits);
    }

    public static bool IsRedirectPage(GuideSite site, string path)
    {
        var file = Path.Combine(site.Directory, path.TrimStart('/').EndsWith(".html") ? path.TrimStart('/') : path.TrimStart('/') + "index.html");
        return File.ReadAllText(file).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);
    }
}
