using System.Collections.Concurrent;

namespace HipMobility.Pipeline;

/// <summary>
/// One page to render. <see cref="Path"/> is known up front for content pages (null for index pages, whose path the
/// renderer decides); <see cref="DependsOn"/> names the content it shows. It is worked out on first use: only serve
/// asks, to find the pages an edit touches, and a build of ten thousand pages need not hold ten thousand sets.
/// </summary>
public sealed class RenderJob(string? path, Func<IReadOnlySet<string>> dependsOn, Func<OutputFile> render)
{
    public static readonly IReadOnlySet<string> Everything = new HashSet<string> { "*" };

    private readonly Lazy<IReadOnlySet<string>> _dependsOn = new(dependsOn);

    public string? Path { get; } = path;
    public IReadOnlySet<string> DependsOn => _dependsOn.Value;
    public Func<OutputFile> Render { get; } = render;

    public bool IsAffectedBy(IReadOnlySet<string> changed) =>
        DependsOn.Contains("*") || changed.Contains("*") || DependsOn.Overlaps(changed);
}

/// <summary>
/// Every page job of a site, plus the site-wide files (sitemap, redirects, assets) made from the page paths.
/// Pages can be streamed to a sink as they are rendered, so a large site is never held in memory whole.
/// </summary>
public sealed class RenderPlan(IReadOnlyList<RenderJob> jobs, Func<IReadOnlyCollection<string>, IEnumerable<OutputFile>> siteWide)
{
    public IReadOnlyList<RenderJob> Jobs { get; } = jobs;

    /// <summary>Renders every page and the site-wide files, sorted by path (for tests and serve).</summary>
    public IReadOnlyList<OutputFile> RenderAll()
    {
        var all = new ConcurrentBag<OutputFile>();
        RenderAll(all.Add);
        return all.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Renders every page in parallel, handing each file to <paramref name="sink"/> (called from several threads); returns the count.</summary>
    public int RenderAll(Action<OutputFile> sink)
    {
        var pagePaths = Render(Jobs, sink);
        var count = pagePaths.Count;
        foreach (var file in siteWide(pagePaths))
        {
            sink(file);
            count++;
        }
        return count;
    }

    /// <summary>What each page showed, by path, so the next edit can also find pages that showed the old content.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Dependencies() =>
        Jobs.Where(j => j.Path is not null).ToDictionary(j => j.Path!, j => j.DependsOn, StringComparer.Ordinal);

    /// <summary>
    /// Renders only the jobs an edit touched, plus the site-wide files; <paramref name="allPagePaths"/> receives every
    /// page path of the new site so removed pages can be deleted.
    /// </summary>
    public IReadOnlyList<OutputFile> RenderAffected(Func<RenderJob, bool> isAffected, out IReadOnlySet<string> allPagePaths)
    {
        var affected = Jobs.Where(isAffected).ToList();
        var pages = new ConcurrentBag<OutputFile>();
        var rendered = Render(affected, pages.Add);
        var paths = Jobs.Where(j => j.Path is not null && !affected.Contains(j)).Select(j => j.Path!).Concat(rendered)
            .ToHashSet(StringComparer.Ordinal);
        allPagePaths = paths;
        // The sitemap needs every page's path, not only the re-rendered ones.
        return pages.Concat(siteWide(paths)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyCollection<string> Render(IReadOnlyList<RenderJob> jobs, Action<OutputFile> sink)
    {
        var paths = new string[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var file = jobs[i].Render();
            paths[i] = file.Path;
            sink(file);
        });
        return paths;
    }
}
