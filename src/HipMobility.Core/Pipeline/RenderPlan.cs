using HipMobility.Content;
using HipMobility.Rendering;

namespace HipMobility.Pipeline;

/// <summary>
/// One page to render, at a <see cref="Path"/> known up front (an update that skips it still lists it);
/// <see cref="DependsOn"/> names the content it shows. It is worked out on first use: only an update
/// asks, to find the pages an edit touches, and a build of ten thousand pages need not hold ten thousand sets.
/// </summary>
public sealed class RenderJob(string path, Func<IReadOnlySet<DependencyKey>> dependsOn, Func<OutputFile> render)
{
    public static readonly IReadOnlySet<DependencyKey> Everything = new HashSet<DependencyKey> { DependencyKey.Everything };

    /// <summary>What an index page depends on: the front matter of all content (<see cref="DependencyKey.Listing"/>).</summary>
    public static readonly IReadOnlySet<DependencyKey> Listing = new HashSet<DependencyKey> { DependencyKey.Listing };

    private readonly Lazy<IReadOnlySet<DependencyKey>> _dependsOn = new(dependsOn);

    public string Path { get; } = path;
    public IReadOnlySet<DependencyKey> DependsOn => _dependsOn.Value;
    public Func<OutputFile> Render { get; } = render;

    public bool IsAffectedBy(IReadOnlySet<DependencyKey> changed) =>
        DependsOn.Contains(DependencyKey.Everything) || changed.Contains(DependencyKey.Everything) || DependsOn.Overlaps(changed);
}

/// <summary>What a render produced: every file path of the new site (rendered now or left as it was) and the pages rendered.</summary>
public sealed record RenderedSite(IReadOnlySet<string> Files, int Pages);

/// <summary>
/// Every page job of a site, plus the site-wide files (sitemap, redirects, assets) made from the page paths.
/// Files are streamed to a sink as they are rendered, so a large site is never held in memory whole.
/// </summary>
public sealed class RenderPlan(IReadOnlyList<RenderJob> jobs, Func<IReadOnlyCollection<string>, IEnumerable<OutputFile>> siteWide)
{
    public IReadOnlyList<RenderJob> Jobs { get; } = jobs;

    /// <summary>
    /// Renders every page and the site-wide files one after another on the calling thread, sorted by path: for tests
    /// that count what rendering allocates (a parallel render spreads it over threads).
    /// </summary>
    public IReadOnlyList<OutputFile> RenderAllOnThisThread()
    {
        var all = new List<OutputFile>();
        RenderAffected(_ => true, all.Add, threads: 1);
        return all.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Renders every page in parallel, then the site-wide files, handing each file to <paramref name="sink"/> (called from several threads).</summary>
    public RenderedSite RenderAll(Action<OutputFile> sink) => RenderAffected(_ => true, sink);

    /// <summary>
    /// Renders the jobs <paramref name="isAffected"/> picks, then the site-wide files, which need every page's path
    /// (the sitemap lists the pages not rendered again too).
    /// </summary>
    public RenderedSite RenderAffected(Func<RenderJob, bool> isAffected, Action<OutputFile> sink) => RenderAffected(isAffected, sink, -1);

    private RenderedSite RenderAffected(Func<RenderJob, bool> isAffected, Action<OutputFile> sink, int threads)
    {
        var affected = Jobs.Where(isAffected).ToList();
        var pages = 0;
        void Counted(OutputFile file)
        {
            if (file.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref pages);
            sink(file);
        }
        var paths = new string[affected.Count];
        Parallel.For(0, affected.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var file = affected[i].Render();
            paths[i] = file.Path;
            Counted(file);
        });
        var files = new HashSet<string>(paths, StringComparer.Ordinal);
        if (affected.Count < Jobs.Count)
            foreach (var job in Jobs) files.Add(job.Path);
        var pagePaths = files.ToList();
        foreach (var file in siteWide(pagePaths))
        {
            Counted(file);
            files.Add(file.Path);
        }
        return new RenderedSite(files, pages);
    }

    /// <summary>What each page showed, by path, so the next edit can also find pages that showed the old content.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<DependencyKey>> Dependencies() =>
        Jobs.ToDictionary(j => j.Path, j => j.DependsOn, StringComparer.Ordinal);
}
