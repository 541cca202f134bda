using System.Text;
using HipMobility.Content;
using HipMobility.Rendering;
using HipMobility.Schema;
using HipMobility.Theme;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 5: renders every page, index, redirect and asset of the site to bytes in memory, in parallel,
/// in a stable order. Reads nothing from disk: the theme arrives as <see cref="ThemeFiles"/>.
/// </summary>
public static class RenderStage
{
    public static IReadOnlyList<OutputFile> Run(LinkedSite site, ThemeFiles theme, SiteOptions options)
    {
        var assets = new HashedAssets(theme.Assets);
        var templates = new TemplateSet(theme, name => site.Urls.Site(assets.PathOf(name)));
        var renderer = new PageRenderer(site, templates, options);
        var content = site.Content;

        var jobs = new List<Func<OutputFile>>();
        jobs.AddRange(content.Poses.Where(p => site.Poses.GetValueOrDefault(p.Id) == p).Select(p => (Func<OutputFile>)(() => renderer.Pose(p))));
        jobs.AddRange(site.Muscles.Values.Select(m => (Func<OutputFile>)(() => renderer.Muscle(m))));
        foreach (var routine in site.Routines.Values)
        {
            jobs.Add(() => renderer.Routine(routine));
            jobs.Add(() => renderer.RoutinePrint(routine));
        }
        jobs.AddRange(content.Pages.Select(p => (Func<OutputFile>)(() => renderer.FreePage(p))));
        jobs.AddRange(SiteIndexes.Jobs(site, renderer));
        jobs.Add(renderer.NotFound);

        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i => files[i] = jobs[i]());

        var all = new List<OutputFile>(files);
        all.Add(Sitemap(site, files));
        all.AddRange(Redirects(site, renderer));
        all.AddRange(assets.Files.Select(a => new OutputFile(a.Path, a.Bytes)));
        all.Add(new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {site.Urls.Absolute(site.Urls.Site("sitemap.xml"))}\n")));
        all.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return all;
    }

    /// <summary>Old URLs from <c>redirect_from</c>: an HTML page at each, plus Netlify's <c>_redirects</c> (301).</summary>
    private static IEnumerable<OutputFile> Redirects(LinkedSite site, PageRenderer renderer)
    {
        var rules = new List<(string From, string To, string Title)>();
        foreach (var p in site.Poses.Values) rules.AddRange(p.RedirectFrom.Select(r => (r, site.Urls.Pose(p.Id), p.Title)));
        foreach (var m in site.Muscles.Values) rules.AddRange(m.RedirectFrom.Select(r => (r, site.Urls.Muscle(m.Id), m.Title)));
        foreach (var r in site.Routines.Values) rules.AddRange(r.RedirectFrom.Select(f => (f, site.Urls.Routine(r.Id), r.Title)));
        foreach (var p in site.Content.Pages) rules.AddRange(p.RedirectFrom.Select(f => (f, site.Urls.Page(p), p.Title)));
        rules.Sort((a, b) => string.CompareOrdinal(a.From, b.From));

        var lines = new StringBuilder();
        foreach (var (from, to, title) in rules)
        {
            lines.Append(site.Urls.Site(from)).Append(' ').Append(to).Append(" 301\n");
            yield return renderer.Redirect(from, to, title);
        }
        yield return new OutputFile("_redirects", Encoding.UTF8.GetBytes(lines.ToString()));
    }

    /// <summary>Every page except the 404 page and print pages (redirects are not passed in).</summary>
    private static OutputFile Sitemap(LinkedSite site, IEnumerable<OutputFile> pages)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in SitemapPaths(pages))
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(site.Urls.Absolute(site.Urls.Site(path)))).Append("</loc></url>\n");
        xml.Append("</urlset>\n");
        return new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(xml.ToString()));
    }

    public static IEnumerable<string> SitemapPaths(IEnumerable<OutputFile> files) =>
        files.Select(f => f.Path)
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.EndsWith("/print/index.html", StringComparison.Ordinal))
            .Select(p => p[..^"index.html".Length])
            .Order(StringComparer.Ordinal);
}

/// <summary>The generated index pages: poses A–Z, by position, by muscle; routines; muscles; the variant finder.</summary>
public static class SiteIndexes
{
    public static IEnumerable<Func<OutputFile>> Jobs(LinkedSite site, PageRenderer renderer)
    {
        var urls = site.Urls;
        var poses = site.Poses.Values.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        LinkItem PoseItem(Pose p) => new(p.Title, urls.Pose(p.Id), $"{Labels.Position(p.Position)} · {p.Intensity}");

        yield return () => renderer.List("poses/", new ListView("All poses A–Z",
            $"{poses.Count} poses, each with steps, cautions and easier or harder variants.",
            poses.GroupBy(p => char.ToUpperInvariant(p.Title[0]).ToString())
                .Select(g => new ListGroup("letter-" + g.Key.ToLowerInvariant(), g.Key, null, g.Select(PoseItem).ToList())).ToList(),
            null), "Every pose in the guide, from A to Z.");

        yield return () => renderer.List("poses/by-position/", new ListView("Poses by position",
            "Can't get down to the floor? Start with the chair, standing and bed sections.",
            ControlledLists.Positions
                .OrderBy(p => ControlledLists.OffTheFloorPositions.Contains(p) ? 0 : 1)
                .Select(position => new ListGroup(position, Labels.Position(position),
                    ControlledLists.OffTheFloorPositions.Contains(position) ? "No need to get down to the floor." : null,
                    poses.Where(p => p.Positions().Contains(position)).Select(PoseItem).ToList()))
                .Where(g => g.Items.Count > 0).ToList(),
            null), "Poses grouped by the position they are done in: chair, standing, bed, floor.");

        yield return () => renderer.List("poses/by-muscle/", new ListView("Poses by muscle",
            "Find the poses that stretch, strengthen or steady a muscle group.",
            site.Muscles.Values.OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase)
                .Select(m => new ListGroup(m.Id, m.Title, m.Summary,
                    site.UsesOf(m.Id).Select(u => new LinkItem(u.Pose.Title, urls.Pose(u.Pose.Id), u.Role.ToString().ToLowerInvariant())).ToList()))
                .ToList(),
            null), "Poses grouped by the muscles they work.");

        yield return () => renderer.List("routines/", new ListView("All routines",
            "Short sequences with a computed total time. Each has a printable page.",
            [new ListGroup("routines", "Routines", null, site.Routines.Values.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
                .Select(r => new LinkItem(r.Title, urls.Routine(r.Id), $"{r.TotalMinutes} min · {r.Setting} · {r.Level}")).ToList())],
            null), "Every routine in the guide.");

        var regionLinks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in site.Muscles.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
            foreach (var region in m.BodyMap) regionLinks.TryAdd(region, urls.Muscle(m.Id));
        yield return () => renderer.List("muscles/", new ListView("All muscle groups",
            "Select a region of the body map or a name below.",
            [new ListGroup("muscles", "Muscle groups", null, site.Muscles.Values.OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase)
                .Select(m => new LinkItem(m.Title, urls.Muscle(m.Id), m.Summary)).ToList())],
            new BodyMapView("Body map: select a region to open its muscle group", regionLinks, [])), "Every muscle group in the guide, with a clickable body map.");

        yield return () => renderer.Finder(new FinderView("Variant finder",
            "Every version of every pose in one table. Filter by position, intensity and props.",
            poses.SelectMany(p => p.Variants.Select(v => new FinderRow(p.Title, urls.Pose(p.Id), v.Name, urls.Pose(p.Id) + "#" + v.Id,
                v.Position, Labels.Position(v.Position), v.Intensity, string.Join(" ", v.Props), Labels.List(v.Props), v.Cue))).ToList(),
            ControlledLists.Positions.Select(p => new LinkItem(Labels.Position(p), "", p)).ToList(),
            ControlledLists.Intensities, ControlledLists.Props), "Find a version of a pose you can do: filter by position, intensity and props.");
    }
}
