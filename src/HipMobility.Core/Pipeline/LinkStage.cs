using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Markdown.CrossLinks;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 4: resolves every id (muscles, related poses, routine steps, <c>[[links]]</c>), fills routine steps'
/// defaults from their pose, and builds the backlinks: muscle → poses by role, pose → routines, related both ways.
/// </summary>
public static class LinkStage
{
    public static LinkedSite Run(ContentSet content, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var claimed = new Dictionary<string, ContentSource>(StringComparer.Ordinal);
        var poses = Unique(content.Poses, p => p.Id, p => p.Source, claimed, diagnostics);
        var muscles = Unique(content.Muscles, m => m.Id, m => m.Source, claimed, diagnostics);
        var routines = Unique(content.Routines, r => r.Id, r => r.Source, claimed, diagnostics);

        var muscleIndex = new Dictionary<string, List<MuscleUse>>(StringComparer.Ordinal);
        var related = new Dictionary<string, SortedDictionary<string, Pose>>(StringComparer.Ordinal);
        foreach (var pose in poses.Values)
        {
            var roleIndex = new Dictionary<MuscleRole, int>();
            foreach (var (role, muscleId) in pose.Muscles.All())
            {
                var n = roleIndex[role] = roleIndex.GetValueOrDefault(role, -1) + 1;
                if (!muscles.ContainsKey(muscleId))
                {
                    if (content.UnreadableIds.Contains(muscleId)) continue;
                    diagnostics.Error(pose.Source.At($"muscles.{role.ToString().ToLowerInvariant()}[{n}]"), DiagnosticCodes.UnknownMuscle,
                        $"pose '{pose.Id}' names unknown muscle '{muscleId}'", NearestName.Hint(muscleId, muscles.Keys) ?? "Add input/muscles/" + muscleId + ".md first");
                    continue;
                }
                GetOrAdd(muscleIndex, muscleId).Add(new MuscleUse(pose, role));
            }
            for (var r = 0; r < pose.Related.Count; r++)
            {
                var otherId = pose.Related[r];
                if (!poses.TryGetValue(otherId, out var other))
                {
                    if (content.UnreadableIds.Contains(otherId)) continue;
                    diagnostics.Error(pose.Source.At($"related[{r}]"), DiagnosticCodes.UnknownPose,
                        $"'related' names unknown pose '{otherId}'", NearestName.Hint(otherId, poses.Keys) ?? "Check the pose ids in input/poses/");
                    continue;
                }
                if (other.Id == pose.Id) continue;
                GetOrAdd(related, pose.Id)[other.Id] = other;
                GetOrAdd(related, other.Id)[pose.Id] = pose;
            }
        }

        var linkedRoutines = new Dictionary<string, Routine>(StringComparer.Ordinal);
        var routineUses = new Dictionary<string, List<RoutineUse>>(StringComparer.Ordinal);
        foreach (var routine in routines.Values)
        {
            var steps = new List<RoutineStep>();
            for (var i = 0; i < routine.Steps.Count; i++)
            {
                var step = routine.Steps[i];
                var at = routine.Source.At($"steps[{i}].pose");
                if (!poses.TryGetValue(step.PoseId, out var pose))
                {
                    if (!content.UnreadableIds.Contains(step.PoseId))
                        diagnostics.Error(at, DiagnosticCodes.UnknownPose, $"step {i + 1} names unknown pose '{step.PoseId}'",
                        NearestName.Hint(step.PoseId, poses.Keys) ?? "Check the pose ids in input/poses/");
                    steps.Add(step);
                    continue;
                }
                if (step.VariantId is { } variantId && pose.FindVariant(variantId) is null)
                    diagnostics.Error(routine.Source.At($"steps[{i}].variant"), DiagnosticCodes.UnknownVariant, $"pose '{pose.Id}' has no variant '{variantId}'",
                        NearestName.Hint(variantId, pose.Variants.Select(v => v.Id)) ?? $"Its variants: {string.Join(", ", pose.Variants.Select(v => v.Id))}");
                var filled = step with
                {
                    Dose = step.Dose.Hold is null && step.Dose.Reps is null ? pose.Dose : step.Dose,
                    Sides = step.Sides.Length == 0 ? pose.Sides : step.Sides,
                };
                steps.Add(filled);
                GetOrAdd(routineUses, pose.Id).Add(new RoutineUse(routine with { Steps = steps }, i + 1, filled));
            }
            linkedRoutines[routine.Id] = routine with { Steps = steps };
        }
        // Uses were recorded while steps were still being filled: point them at the finished routine.
        var finishedUses = routineUses.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<RoutineUse>)kv.Value.Select(u => u with { Routine = linkedRoutines[u.Routine.Id] })
                .OrderBy(u => u.Routine.Title, StringComparer.Ordinal).ThenBy(u => u.StepNumber).ToList(),
            StringComparer.Ordinal);

        var site = new LinkedSite(
            content with { Routines = content.Routines.Select(r => linkedRoutines.GetValueOrDefault(r.Id, r)).ToList() },
            urls, poses, muscles, linkedRoutines,
            muscleIndex.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<MuscleUse>)kv.Value
                .OrderBy(u => u.Role).ThenBy(u => u.Pose.Title, StringComparer.Ordinal).ToList(), StringComparer.Ordinal),
            finishedUses,
            related.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Pose>)kv.Value.Values.ToList(), StringComparer.Ordinal));

        foreach (var (source, body) in Bodies(site.Content)) ResolveBody(source, body, site, diagnostics);
        UrlRegisterStage.CheckRedirectClashes(site, diagnostics);
        // Usage warnings cannot be judged while some file could not be read at all.
        if (content.UnreadableIds.Count == 0) Warn(site, diagnostics);
        return site;
    }

    private static IEnumerable<(ContentSource, ContentBody)> Bodies(ContentSet content) =>
        content.Poses.Select(p => (p.Source, p.Body))
            .Concat(content.Muscles.Select(m => (m.Source, m.Body)))
            .Concat(content.Routines.Select(r => (r.Source, r.Body)))
            .Concat(content.Pages.Select(p => (p.Source, p.Body)));

    /// <summary>Resolves <c>[[links]]</c>, and rejects link URLs that could run script.</summary>
    private static void ResolveBody(ContentSource source, ContentBody body, LinkedSite site, DiagnosticBag diagnostics)
    {
        foreach (var node in body.Document.Descendants())
        {
            var at = new SourceLocation(source.RelativePath, node.Line + body.LineOffset + 1, node.Column + 1);
            switch (node)
            {
                case CrossLinkInline link:
                    Resolve(link, at, site, diagnostics);
                    break;
                case LinkInline { Url: { } sitePath } link when sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal):
                    // A path from the site root ("/safety/") must respect the base path when the site lives under one.
                    link.Url = site.Urls.Site(sitePath);
                    break;
                case LinkInline { Url: { } url } when !IsSafeUrl(url):
                    diagnostics.Error(at, DiagnosticCodes.UnsafeLinkUrl, $"link URL '{url}' is not allowed",
                        "Use http(s), mailto or a path on this site; use [[id]] for pages of the guide");
                    ((LinkInline)node).Url = "#";
                    break;
                case AutolinkInline { Url: { } autoUrl } when !IsSafeUrl(autoUrl):
                    diagnostics.Error(at, DiagnosticCodes.UnsafeLinkUrl, $"link URL '{autoUrl}' is not allowed",
                        "Use http(s), mailto or a path on this site");
                    ((AutolinkInline)node).Url = "#";
                    break;
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                case HtmlInline inline when inline.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    break; // comments are notes for contributors: never rendered, never warned about
                case HtmlBlock or HtmlInline:
                    diagnostics.Warning(at, DiagnosticCodes.RawHtml, "raw HTML is shown as text, not as markup",
                        "Use Markdown instead: **bold**, lists, [[links]]");
                    break;
            }
        }
    }

    private static void Resolve(CrossLinkInline link, SourceLocation at, LinkedSite site, DiagnosticBag diagnostics)
    {
        var id = link.TargetId;
        if (site.Poses.TryGetValue(id, out var pose))
        {
            if (link.Fragment is { } fragment)
            {
                var variant = pose.FindVariant(fragment);
                if (variant is null)
                {
                    diagnostics.Error(at, DiagnosticCodes.UnknownVariant, $"pose '{id}' has no variant '{fragment}'",
                        NearestName.Hint(fragment, pose.Variants.Select(v => v.Id)) ?? $"Its variants: {string.Join(", ", pose.Variants.Select(v => v.Id))}");
                    return;
                }
                link.ResolvedTitle = variant.Name;
                link.ResolvedUrl = site.Urls.Pose(id) + "#" + fragment;
                return;
            }
            link.ResolvedTitle = pose.Title;
            link.ResolvedUrl = site.Urls.Pose(id);
        }
        else if (site.Muscles.TryGetValue(id, out var muscle))
        {
            link.ResolvedTitle = muscle.Title;
            link.ResolvedUrl = site.Urls.Muscle(id) + (link.Fragment is null ? "" : "#" + link.Fragment);
        }
        else if (site.Routines.TryGetValue(id, out var routine))
        {
            link.ResolvedTitle = routine.Title;
            link.ResolvedUrl = site.Urls.Routine(id) + (link.Fragment is null ? "" : "#" + link.Fragment);
        }
        else if (!site.Content.UnreadableIds.Contains(id))
        {
            diagnostics.Error(at, DiagnosticCodes.UnknownLinkTarget, $"[[{id}]] names no pose, muscle or routine",
                NearestName.Hint(id, site.Poses.Keys.Concat(site.Muscles.Keys).Concat(site.Routines.Keys)) ?? "Check the id in input/");
        }
    }

    private static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative: no scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    private static void Warn(LinkedSite site, DiagnosticBag diagnostics)
    {
        foreach (var pose in site.Poses.Values)
        {
            if (site.RoutinesUsing(pose.Id).Count == 0 && pose.Standalone is null)
                diagnostics.Warning(pose.Source.At("id"), DiagnosticCodes.PoseInNoRoutine,
                    $"no routine uses pose '{pose.Id}'", "Add it to a routine, or say why in 'standalone:'");
        }
        foreach (var muscle in site.Muscles.Values)
        {
            if (site.UsesOf(muscle.Id).Count == 0)
                diagnostics.Warning(muscle.Source.At("id"), DiagnosticCodes.MuscleWorkedByNoPose,
                    $"no pose works muscle group '{muscle.Id}'", "Name it in a pose's 'muscles:'");
        }
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, ContentSource> source,
        Dictionary<string, ContentSource> claimed, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (claimed.TryGetValue(key, out var first))
            {
                diagnostics.Error(source(item).At("id"), DiagnosticCodes.DuplicateId,
                    $"id '{key}' is already used by {first.RelativePath}", "Ids are unique across poses, muscles and routines; choose another");
                continue;
            }
            claimed[key] = source(item);
            result[key] = item;
        }
        return result;
    }

    private static TValue GetOrAdd<TValue>(Dictionary<string, TValue> map, string key) where TValue : new()
    {
        if (!map.TryGetValue(key, out var value)) map[key] = value = new TValue();
        return value;
    }
}
