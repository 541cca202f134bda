using HipMobility.Content;
using HipMobility.Diagnostics;

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
                    Dose = step.Dose.Hold is null && step.Dose.Reps is null ? pose.Dose with { Sets = step.Dose.Sets, Rest = step.Dose.Rest } : step.Dose,
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
            related.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Pose>)kv.Value.Values.ToList(), StringComparer.Ordinal))
        {
            PrecautionTags = UniquePrecautions(content.Precautions, diagnostics),
        };

        foreach (var item in Items(site.Content)) CheckLinks(item.Source, item.Body, site, diagnostics);
        CheckSources(content, diagnostics);
        PrecautionChecks.Run(site, diagnostics);
        UrlRegisterStage.CheckRedirectClashes(site, diagnostics);
        // Usage warnings cannot be judged while some file could not be read at all.
        if (content.UnreadableIds.Count == 0) Warn(site, diagnostics);
        return site;
    }

    private static IEnumerable<IContentItem> Items(ContentSet content) =>
        content.Poses.Concat<IContentItem>(content.Muscles).Concat(content.Routines).Concat(content.Pages).Concat(content.Precautions);

    /// <summary>Every source a pose or routine cites must be listed in <c>input/sources.yml</c>.</summary>
    private static void CheckSources(ContentSet content, DiagnosticBag diagnostics)
    {
        var known = content.SourceArticles.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (source, ids) in content.Poses.Select(p => (p.Source, p.Sources)).Concat(content.Routines.Select(r => (r.Source, r.Sources))))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (!known.Contains(ids[i]))
                    diagnostics.Error(source.At($"sources[{i}]"), DiagnosticCodes.UnknownSource,
                        $"unknown source '{ids[i]}'", NearestName.Hint(ids[i], known) ?? "Add it to input/sources.yml first");
            }
        }
    }

    /// <summary>Checks that every <c>[[link]]</c> names a page of the guide (and a variant of it, when it names one).</summary>
    private static void CheckLinks(ContentSource source, ContentBody body, LinkedSite site, DiagnosticBag diagnostics)
    {
        foreach (var link in body.Links)
        {
            var id = link.TargetId;
            if (site.ResolveLink(id, link.Fragment) is not null || site.Content.UnreadableIds.Contains(id)) continue;
            var at = new SourceLocation(source.RelativePath, link.Line, link.Column);
            if (site.Poses.TryGetValue(id, out var pose))
                diagnostics.Error(at, DiagnosticCodes.UnknownVariant, $"pose '{id}' has no variant '{link.Fragment}'",
                    NearestName.Hint(link.Fragment!, pose.Variants.Select(v => v.Id)) ?? $"Its variants: {string.Join(", ", pose.Variants.Select(v => v.Id))}");
            else
                diagnostics.Error(at, DiagnosticCodes.UnknownLinkTarget, $"[[{id}]] names no pose, muscle or routine",
                    NearestName.Hint(id, site.Poses.Keys.Concat(site.Muscles.Keys).Concat(site.Routines.Keys)) ?? "Check the id in input/");
        }
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

    private static Dictionary<string, PrecautionTag> UniquePrecautions(IEnumerable<PrecautionTag> tags, DiagnosticBag diagnostics) =>
        Unique(tags, t => t.Id, t => t.Source, new Dictionary<string, ContentSource>(StringComparer.Ordinal), diagnostics);

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
