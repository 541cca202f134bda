using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Schema;

namespace HipMobility.Pipeline;

/// <summary>
/// The link stage's checks of precautions as data: every tag used has its page, every safer version named in
/// <c>use:</c> exists and does not carry the same precaution, and every routine keeps to its setting and, for
/// beginners, says what to do about a step to be avoided for a common condition.
/// </summary>
public static class PrecautionChecks
{
    public static void Run(LinkedSite site, DiagnosticBag diagnostics)
    {
        var unreadable = site.Content.UnreadableIds;
        void NeedPage(string tag, SourceLocation at)
        {
            if (site.PrecautionTags.ContainsKey(tag) || unreadable.Contains(tag)) return;
            diagnostics.Error(at, DiagnosticCodes.PrecautionTagWithoutPage, $"precaution tag '{tag}' has no page",
                $"Add input/precautions/{tag}.md with its title, summary, condition and caution: every caution line made from the tag takes its words from there");
        }

        foreach (var pose in site.Poses.Values)
        {
            foreach (var p in pose.Precautions) NeedPage(p.Tag, pose.Source.At(p.Field + ".tag"));
            foreach (var v in pose.Variants)
            foreach (var p in v.Precautions) NeedPage(p.Tag, pose.Source.At(p.Field + ".tag"));
            CheckSaferVersions(site, pose, diagnostics);
        }

        foreach (var routine in site.Routines.Values)
        {
            for (var n = 0; n < routine.PrecautionNotes.Count; n++)
                NeedPage(routine.PrecautionNotes[n].Tag, routine.Source.At($"precaution_notes[{n}].tag"));
            CheckRoutine(site, routine, diagnostics);
        }
    }

    /// <summary>For the pose itself and each variant, every <c>use:</c> of its precautions (its own or inherited).</summary>
    private static void CheckSaferVersions(LinkedSite site, Pose pose, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<(string Field, string? Version)>();
        foreach (var variant in pose.Variants.Prepend(null))
        {
            foreach (var p in pose.PrecautionsOf(variant))
            {
                if (p.Use is not { } use || p.Level is not (PrecautionLevels.Avoid or PrecautionLevels.Modify)) continue;
                var at = pose.Source.At(p.Field + ".use");
                var target = site.ResolveUse(pose, use);
                if (target is null)
                {
                    if (!reported.Add((p.Field, null)) || Unreadable(site, use)) continue;
                    if (use.Split('#') is [var poseId, var variantId] && site.Poses.TryGetValue(poseId, out var other))
                        diagnostics.Error(at, DiagnosticCodes.PrecautionUnknownVersion, $"'use: {use}' names no variant of '{poseId}'",
                            NearestName.Hint(variantId, other.Variants.Select(x => x.Id)) ?? $"Its variants: {string.Join(", ", other.Variants.Select(x => x.Id))}");
                    else
                        diagnostics.Error(at, DiagnosticCodes.PrecautionUnknownVersion, $"'use: {use}' names no variant of '{pose.Id}' and no pose",
                            NearestName.Hint(use, pose.Variants.Select(x => x.Id).Concat(site.Poses.Keys))
                            ?? $"Name a variant of this pose ({string.Join(", ", pose.Variants.Select(x => x.Id))}), a pose id, or pose#variant");
                    continue;
                }
                var same = target.Precautions.FirstOrDefault(t => t.Tag == p.Tag && t.KeepsFrom);
                if (same is null) continue;
                var targetName = target.Variant is null ? $"pose '{target.Pose.Id}'" : $"'{target.Pose.Id}#{target.Variant.Id}'";
                if (!reported.Add((p.Field, targetName))) continue;
                var version = variant is null ? "" : $" (as inherited by variant '{variant.Id}')";
                diagnostics.Error(at, DiagnosticCodes.PrecautionSaferVersionNotSafer,
                    $"the safer version for '{p.Tag}'{version}, {targetName}, is itself marked '{same.Level}' for '{p.Tag}'",
                    target.Pose == pose && target.Variant == variant
                        ? $"A version cannot be its own safer version: give variant '{variant?.Id}' its own precaution for '{p.Tag}' ('take-care' with a line, or 'none')"
                        : $"Name a version that suits readers with this condition, or mark {targetName} 'take-care' if it does");
            }
        }
    }

    private static bool Unreadable(LinkedSite site, string use) => site.Content.UnreadableIds.Contains(use.Split('#')[0]);

    private static void CheckRoutine(LinkedSite site, Routine routine, DiagnosticBag diagnostics)
    {
        var offFloorSetting = routine.Setting is "bed" or "chair" or "standing";
        var noted = routine.PrecautionNotes.Select(n => n.Tag).ToHashSet(StringComparer.Ordinal);
        var missing = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < routine.Steps.Count; i++)
        {
            var step = routine.Steps[i];
            if (site.VersionOf(step) is not { } version || (step.VariantId is not null && version.Variant is null)) continue;
            if (offFloorSetting && !ControlledLists.OffTheFloorPositions.Contains(version.Position))
                diagnostics.Error(routine.Source.At(step.VariantId is null ? $"steps[{i}].pose" : $"steps[{i}].variant"), DiagnosticCodes.RoutineSettingConflict,
                    $"step {i + 1} ({version.Name}) is done {Position(version.Position)}, in a routine whose setting is '{routine.Setting}'",
                    OffFloorHint(version.Pose) ?? "Choose a version done in a chair, standing or in bed, or set the routine's setting to 'mixed' or 'floor'");
            if (routine.Level != "beginner") continue;
            foreach (var p in version.Precautions)
                if (p.Level == PrecautionLevels.Avoid && ControlledLists.CommonPrecautions.Contains(p.Tag) && !noted.Contains(p.Tag))
                {
                    if (!missing.TryGetValue(p.Tag, out var steps)) missing[p.Tag] = steps = [];
                    steps.Add(i);
                }
        }
        foreach (var (tag, steps) in missing)
            diagnostics.Error(routine.Source.At($"steps[{steps[0]}].pose"), DiagnosticCodes.BeginnerRoutineAvoidWithoutNote,
                $"this beginner routine has {(steps.Count == 1 ? "step" : "steps")} {string.Join(", ", steps.Select(s => s + 1))} to avoid for '{tag}' and no note for it",
                $"Add a 'precaution_notes' entry for '{tag}' saying which step to leave out or change and what to do instead, or choose a version that is not to be avoided");
    }

    private static string Position(string position) => position switch
    {
        "seated-floor" => "sitting on the floor",
        "side-lying" => "lying on the side on the floor",
        _ => $"'{position}' on the floor",
    };

    private static string? OffFloorHint(Pose pose)
    {
        var offFloor = pose.Variants.Where(v => ControlledLists.OffTheFloorPositions.Contains(v.Position)).Select(v => v.Id).ToList();
        return offFloor.Count == 0 ? null : $"'{pose.Id}' has versions off the floor: {string.Join(", ", offFloor)}";
    }
}
