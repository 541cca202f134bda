using HipMobility.Content;
using HipMobility.Rendering;
using HipMobility.Theme;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 5: plans every page, index, redirect and asset of the site as a job that renders it to bytes in memory
/// (run in parallel by <see cref="RenderPlan"/>). Reads nothing from disk: the theme arrives compiled.
/// </summary>
public static class RenderStage
{
    /// <summary>
    /// Every page as a job that knows which content it shows (<c>pose:pigeon</c>, <c>muscle:hip-flexors</c>…), so that
    /// serve can re-render only the pages an edit touches. Index pages depend on the front matter of everything
    /// (<c>listing</c>): an edit to a body alone leaves them be.
    /// </summary>
    public static RenderPlan Plan(LinkedSite site, CompiledTheme theme, SiteOptions options, FigureDrawings? figures = null)
    {
        var assets = theme.Assets;
        var renderer = new PageRenderer(site, theme, options, figures);
        var content = site.Content;
        var urls = site.Urls;

        // The largest pages (indexes of every pose, muscles with all their poses) come first, so that no core is left
        // rendering one of them alone at the end.
        var jobs = new List<RenderJob>();
        foreach (var (path, index) in IndexPages.Jobs(site, renderer))
            jobs.Add(new RenderJob(path, () => RenderJob.Listing, index));
        jobs.Add(new RenderJob(SiteUrls.NotFoundPage, () => RenderJob.Listing, renderer.NotFound));
        foreach (var muscle in site.Muscles.Values)
        {
            IReadOnlySet<DependencyKey> Deps() => site.UsesOf(muscle.Id).Select(u => DependencyKey.Pose(u.Pose.Id))
                .Append(DependencyKey.Muscle(muscle.Id)).Append(DependencyKey.Muscle(muscle.Id).Body).Concat(LinkTargets(muscle.Body, site)).ToHashSet();
            jobs.Add(new RenderJob(urls.OutputPath(urls.Muscle(muscle.Id)), Deps, () => renderer.Muscle(muscle)));
        }
        foreach (var routine in site.Routines.Values)
        {
            IReadOnlySet<DependencyKey> Deps() => routine.Steps.Select(s => DependencyKey.Pose(s.PoseId))
                .Append(DependencyKey.Routine(routine.Id)).Append(DependencyKey.Routine(routine.Id).Body).Concat(LinkTargets(routine.Body, site))
                .Concat(routine.Steps.Select(site.VersionOf).OfType<PoseVersion>().SelectMany(v => PrecautionKeys(v.Pose, site)))
                .Concat(routine.PrecautionNotes.Select(n => DependencyKey.Precaution(n.Tag))).ToHashSet();
            jobs.Add(new RenderJob(urls.OutputPath(urls.Routine(routine.Id)), Deps, () => renderer.Routine(routine)));
            jobs.Add(new RenderJob(urls.OutputPath(urls.RoutinePrint(routine.Id)), Deps, () => renderer.RoutinePrint(routine)));
            jobs.Add(new RenderJob(urls.OutputPath(urls.RoutinePlay(routine.Id)), Deps, () => renderer.RoutinePlay(routine)));
        }
        foreach (var page in content.Pages)
            jobs.Add(new RenderJob(urls.OutputPath(urls.Page(page)), () => LinkTargets(page.Body, site).Append(DependencyKey.Page(page.Slug)).Append(DependencyKey.Page(page.Slug).Body).ToHashSet(),
                () => renderer.FreePage(page)));
        foreach (var pose in site.Poses.Values)
        {
            IReadOnlySet<DependencyKey> Deps() => pose.Muscles.All().Select(m => DependencyKey.Muscle(m.MuscleId))
                .Concat(site.RoutinesUsing(pose.Id).Select(u => DependencyKey.Routine(u.Routine.Id)))
                .Concat(site.RelatedTo(pose.Id).Select(p => DependencyKey.Pose(p.Id)))
                .Append(DependencyKey.Pose(pose.Id)).Append(DependencyKey.Pose(pose.Id).Body).Concat(LinkTargets(pose.Body, site)).Concat(PrecautionKeys(pose, site)).ToHashSet();
            jobs.Add(new RenderJob(urls.OutputPath(urls.Pose(pose.Id)), Deps, () => renderer.Pose(pose)));

            // Each figure as a file of its own, for the cards, handouts and search results that show it as an image.
            IReadOnlySet<DependencyKey> Own() => new HashSet<DependencyKey> { DependencyKey.Pose(pose.Id) };
            if (pose.Figure is not null)
                jobs.Add(new RenderJob(urls.OutputPath(urls.Figure(pose.Id)), Own, () => renderer.FigureFile(pose, null)));
            if (pose.Figure is not null && options.ShareImages)
                jobs.Add(new RenderJob(urls.OutputPath(urls.SharePicture(pose.Id)), Own, () => renderer.SharePictureFile(pose)));
            foreach (var variant in pose.Variants.Where(v => pose.FigureOf(v) is not null))
                jobs.Add(new RenderJob(urls.OutputPath(urls.Figure(pose.Id, variant.Id)), Own, () => renderer.FigureFile(pose, variant)));
        }

        // A tag's page lists the poses that name the tag (with their safer versions) and the routines with a note for it.
        // A pose that gains the tag is in the new plan's dependencies, one that loses it in the last build's.
        if (renderer.HasPrecautionPages)
            foreach (var tag in site.PrecautionTags.Values)
            {
                IReadOnlySet<DependencyKey> Deps() => site.Poses.Values
                    .Where(p => p.Precautions.Concat(p.Variants.SelectMany(v => v.Precautions)).Any(pr => pr.Tag == tag.Id))
                    .SelectMany(p => PrecautionKeys(p, site).Append(DependencyKey.Pose(p.Id)))
                    .Concat(site.Routines.Values.Where(r => r.PrecautionNotes.Any(n => n.Tag == tag.Id)).Select(r => DependencyKey.Routine(r.Id)))
                    .Append(DependencyKey.Precaution(tag.Id)).Append(DependencyKey.Precaution(tag.Id).Body).Concat(LinkTargets(tag.Body, site)).ToHashSet();
                jobs.Add(new RenderJob(urls.OutputPath(urls.Precaution(tag.Id)), Deps, () => renderer.Precaution(tag)));
            }

        return new RenderPlan(jobs, pagePaths => SiteWideFiles(site, renderer, assets, pagePaths));
    }

    /// <summary>What the caution lines made from a pose's precautions show: each tag's words and each safer version's name.</summary>
    private static IEnumerable<DependencyKey> PrecautionKeys(Pose pose, LinkedSite site) =>
        pose.Precautions.Concat(pose.Variants.SelectMany(v => v.Precautions))
            .SelectMany(p => p.Use is { } use && site.ResolveUse(pose, use) is { } target
                ? [DependencyKey.Precaution(p.Tag), DependencyKey.Pose(target.Pose.Id)]
                : new[] { DependencyKey.Precaution(p.Tag) });

    /// <summary>Pages a body links to with [[id]]: their titles appear in the rendered text.</summary>
    private static IEnumerable<DependencyKey> LinkTargets(ContentBody body, LinkedSite site) =>
        body.Links.Select(l => l.TargetId).Distinct()
            .Select(id => site.Poses.ContainsKey(id) ? DependencyKey.Pose(id) : site.Muscles.ContainsKey(id) ? DependencyKey.Muscle(id) : DependencyKey.Routine(id));

    /// <summary>Files made from the whole site: sitemap, robots.txt, redirects, the hashed theme assets, the web app manifest and service worker.</summary>
    private static IEnumerable<OutputFile> SiteWideFiles(LinkedSite site, PageRenderer renderer, HashedAssets assets, IReadOnlyCollection<string> pagePaths)
    {
        yield return Sitemap.File(site, pagePaths);
        yield return Sitemap.Robots(site);
        foreach (var redirect in Redirects.Files(site, renderer)) yield return redirect;
        foreach (var (path, bytes) in assets.Files) yield return new OutputFile(path, bytes);
        foreach (var file in OfflineApp.Files(site.Urls, assets, renderer.Wording)) yield return file;
    }
}

