namespace HipMobility.Content;

/// <summary>A pose working a muscle in one role.</summary>
public sealed record MuscleUse(Pose Pose, MuscleRole Role);

/// <summary>A routine step that uses a pose (1-based step number).</summary>
public sealed record RoutineUse(Routine Routine, int StepNumber, RoutineStep Step);

/// <summary>Content with every id resolved and the backlinks built. Read-only; rendering works from this alone.</summary>
public sealed record LinkedSite(
    ContentSet Content,
    SiteUrls Urls,
    IReadOnlyDictionary<string, Pose> Poses,
    IReadOnlyDictionary<string, MuscleGroup> Muscles,
    IReadOnlyDictionary<string, Routine> Routines,
    IReadOnlyDictionary<string, IReadOnlyList<MuscleUse>> MuscleIndex,
    IReadOnlyDictionary<string, IReadOnlyList<RoutineUse>> RoutineUses,
    IReadOnlyDictionary<string, IReadOnlyList<Pose>> RelatedPoses)
{
    /// <summary>The precaution tags' pages by tag.</summary>
    public IReadOnlyDictionary<string, PrecautionTag> PrecautionTags { get; init; } = new Dictionary<string, PrecautionTag>(StringComparer.Ordinal);

    /// <summary>
    /// The version a precaution's <c>use:</c> names, seen from <paramref name="owner"/>: a variant of the owner,
    /// else a pose, else <c>pose#variant</c>; null when there is none.
    /// </summary>
    public PoseVersion? ResolveUse(Pose owner, string use)
    {
        var hash = use.IndexOf('#');
        if (hash >= 0)
            return Poses.TryGetValue(use[..hash], out var p) && p.FindVariant(use[(hash + 1)..]) is { } pv ? new PoseVersion(p, pv) : null;
        if (owner.FindVariant(use) is { } own) return new PoseVersion(owner, own);
        return Poses.TryGetValue(use, out var pose) ? new PoseVersion(pose, null) : null;
    }

    /// <summary>The version a routine step does: its variant of its pose, or the pose itself; null when the pose is unknown.</summary>
    public PoseVersion? VersionOf(RoutineStep step) =>
        Poses.TryGetValue(step.PoseId, out var pose) ? new PoseVersion(pose, step.VariantId is null ? null : pose.FindVariant(step.VariantId)) : null;

    public IReadOnlyList<MuscleUse> UsesOf(string muscleId) => MuscleIndex.TryGetValue(muscleId, out var v) ? v : [];
    public IReadOnlyList<RoutineUse> RoutinesUsing(string poseId) => RoutineUses.TryGetValue(poseId, out var v) ? v : [];
    public IReadOnlyList<Pose> RelatedTo(string poseId) => RelatedPoses.TryGetValue(poseId, out var v) ? v : [];

    /// <summary>
    /// Where a <c>[[target#fragment]]</c> link goes and the title it shows, or null when the target does not exist (the
    /// link stage has reported it). On a pose, the fragment names a variant.
    /// </summary>
    public (string Url, string Title)? ResolveLink(string id, string? fragment)
    {
        if (Poses.TryGetValue(id, out var pose))
        {
            if (fragment is null) return (Urls.Pose(id), pose.Title);
            return pose.FindVariant(fragment) is { } variant ? (Urls.Pose(id) + "#" + fragment, variant.Name) : null;
        }
        var suffix = fragment is null ? "" : "#" + fragment;
        if (Muscles.TryGetValue(id, out var muscle)) return (Urls.Muscle(id) + suffix, muscle.Title);
        if (Routines.TryGetValue(id, out var routine)) return (Urls.Routine(id) + suffix, routine.Title);
        return null;
    }
}
