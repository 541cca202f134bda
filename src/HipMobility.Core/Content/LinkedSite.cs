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
    public IReadOnlyList<MuscleUse> UsesOf(string muscleId) => MuscleIndex.TryGetValue(muscleId, out var v) ? v : [];
    public IReadOnlyList<RoutineUse> RoutinesUsing(string poseId) => RoutineUses.TryGetValue(poseId, out var v) ? v : [];
    public IReadOnlyList<Pose> RelatedTo(string poseId) => RelatedPoses.TryGetValue(poseId, out var v) ? v : [];
}
