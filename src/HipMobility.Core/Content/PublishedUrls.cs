namespace HipMobility.Content;

/// <summary>
/// Every URL the site publishes — pages, old URLs kept as redirects, and variant anchors (current and renamed) —
/// as site paths relative to the base path, e.g. <c>/poses/pigeon/</c> and <c>/poses/pigeon/#modified</c>.
/// A URL is a promise: <c>input/published-urls.txt</c> records them, and a build fails if one stops working.
/// </summary>
public static class PublishedUrls
{
    /// <summary>The generated index pages, relative to the site root.</summary>
    public static readonly IReadOnlyList<string> IndexPages =
        ["/poses/", "/poses/by-position/", "/poses/by-muscle/", "/routines/", "/muscles/", "/variants/", "/search/", "/handouts/new/"];

    /// <summary>Files and folders every build writes besides the pages; no page or redirect may take their place.</summary>
    public static readonly IReadOnlyList<string> SiteFiles =
        ["/404.html", "/sitemap.xml", "/robots.txt", "/_redirects", "/assets/", "/pagefind/", "/handouts/guide.json"];

    /// <summary>First path segments that belong to generated pages: a free page may not be named like them.</summary>
    public static readonly IReadOnlySet<string> ReservedPageNames =
        new HashSet<string>(StringComparer.Ordinal) { "poses", "muscles", "routines", "variants", "search", "assets", "pagefind", "404", "sitemap", "robots", "handouts" };

    public static IReadOnlySet<string> Of(LinkedSite site)
    {
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        urls.UnionWith(IndexPages);
        foreach (var pose in site.Poses.Values)
        {
            urls.Add($"/poses/{pose.Id}/");
            foreach (var v in pose.Variants)
            {
                urls.Add($"/poses/{pose.Id}/#{v.Id}");
                foreach (var old in v.RedirectFrom) urls.Add($"/poses/{pose.Id}/#{old}");
            }
            urls.UnionWith(pose.RedirectFrom);
        }
        foreach (var muscle in site.Muscles.Values)
        {
            urls.Add($"/muscles/{muscle.Id}/");
            urls.UnionWith(muscle.RedirectFrom);
        }
        foreach (var routine in site.Routines.Values)
        {
            urls.Add($"/routines/{routine.Id}/");
            urls.Add($"/routines/{routine.Id}/print/");
            urls.UnionWith(routine.RedirectFrom);
        }
        foreach (var page in site.Content.Pages)
        {
            urls.Add(page.IsHome ? "/" : $"/{page.Slug}/");
            urls.UnionWith(page.RedirectFrom);
        }
        return urls;
    }
}
