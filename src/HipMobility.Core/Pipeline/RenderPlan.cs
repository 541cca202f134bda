namespace HipMobility.Pipeline;

/// <summary>
/// One page to render. <see cref="Path"/> is known up front for content pages (null for index pages, whose path the
/// renderer decides); <see cref="DependsOn"/> names the content it shows.
/// </summary>
public sealed record RenderJob(string? Path, IReadOnlySet<string> DependsOn, Func<OutputFile> Render)
{
    public static readonly IReadOnlySet<string> Everything = new HashSet<string> { "*" };

    public bool IsAffectedBy(IReadOnlySet<string> changed) =>
        DependsOn.Contains("*") || changed.Contains("*") || DependsOn.Overlaps(changed);
}

/// <summary>Every page job of a site, plus the site-wide files (sitemap, redirects, assets) made from the pages.</summary>
public sealed class RenderPlan(IReadOnlyList<RenderJob> jobs, Func<IReadOnlyList<OutputFile>, IEnumerable<OutputFile>> siteWide)
{
    public IReadOnlyList<RenderJob> Jobs { get; } = jobs;

    /// <summary>Renders every page (in parallel) and the site-wide files, sorted by path.</summary>
    public IReadOnlyList<OutputFile> RenderAll()
    {
        var pages = Render(Jobs);
        var all = new List<OutputFile>(pages);
        all.AddRange(siteWide(pages));
        all.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return all;
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
        var pages = Render(affected);
        allPagePaths = Jobs.Select(j => j.Path).OfType<string>().Concat(pages.Select(p => p.Path)).ToHashSet(StringComparer.Ordinal);
        // The sitemap needs every page's path, not only the re-rendered ones.
        var known = Jobs.Where(j => j.Path is not null && !affected.Contains(j)).Select(j => new OutputFile(j.Path!, []));
        var all = new List<OutputFile>(pages);
        all.AddRange(siteWide(pages.Concat(known).ToList()));
        return all;
    }

    private static IReadOnlyList<OutputFile> Render(IReadOnlyList<RenderJob> jobs)
    {
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i => files[i] = jobs[i].Render());
        return files;
    }
}
