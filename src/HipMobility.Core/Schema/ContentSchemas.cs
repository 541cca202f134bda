using HipMobility.Content;

namespace HipMobility.Schema;

/// <summary>The front matter of each kind of content file.</summary>
public static class ContentSchemas
{
    /// <summary>The schema of a kind of content document, by the table of <see cref="ContentKinds"/>.</summary>
    public static FrontMatterSchema For(ContentKind kind) => kind switch
    {
        ContentKind.Pose => Pose,
        ContentKind.Muscle => Muscle,
        ContentKind.Routine => Routine,
        ContentKind.Page => Page,
        ContentKind.Precaution => Precaution,
        _ => throw new ArgumentException($"{kind} has no front matter", nameof(kind)),
    };

    /// <summary>Every kind of page records when its content was last reviewed.</summary>
    private static readonly FieldSpec Reviewed =
        new("reviewed", FieldKind.Date, false, "When this page's content was last reviewed, as YYYY-MM-DD; the next review is due a year later.");

    public static readonly FrontMatterSchema MuscleRoles = new("muscle roles",
    [
        new("stretched", FieldKind.IdList, false, "Muscle ids this pose lengthens."),
        new("strengthened", FieldKind.IdList, false, "Muscle ids this pose works against load."),
        new("stabilising", FieldKind.IdList, false, "Muscle ids that hold the body steady during the pose."),
    ]);

    /// <summary>Joint angles in degrees by anatomical name; a limb's for both sides (<c>hip-flexion</c>) or one (<c>left-hip-flexion</c>).</summary>
    public static readonly FrontMatterSchema JointAngles = new("set of joint angles",
        [.. FigureVocabulary.JointNames.Select(j => new FieldSpec(j.Name, FieldKind.Number, false,
            $"Degrees from standing neutral; the normal range is {j.Min:0} to {j.Max:0}.", Minimum: j.Min, Maximum: j.Max))]);

    public static readonly FrontMatterSchema FigureProp = new("figure prop",
    [
        new("prop", FieldKind.Choice, true, "The prop to draw.", FigureVocabulary.Props),
        new("at", FieldKind.Choice, true, "The body part it is under (block, bolster, pillow, blanket), around (strap) or against (wall, dowel).",
            FigureVocabulary.BodyParts),
    ]);

    public static readonly FrontMatterSchema FigureFrame = new("figure frame",
    [
        new("alt", FieldKind.Text, true, "What the picture shows, in plain words, for readers who cannot see it.",
            Example: "Lying on your back, knees bent, feet flat"),
        new("joints", FieldKind.Mapping, false, "Joint angles of this frame, over the figure's.", Nested: JointAngles),
    ]);

    public static readonly FrontMatterSchema Figure = new("figure",
    [
        new("orientation", FieldKind.Choice, false, "How the whole body lies; upright if left out.", FigureVocabulary.Orientations),
        new("support", FieldKind.Choice, false, "What the body rests on; the floor if left out.", FigureVocabulary.Supports),
        new("view", FieldKind.Choice, false, "The side of the body nearer the reader, drawn darker; left if left out.", FigureVocabulary.Views),
        new("joints", FieldKind.Mapping, false, "Joint angles shared by every frame; joints not named stay neutral.", Nested: JointAngles),
        new("props", FieldKind.MappingList, false, "Props to draw, each at a body part.", Nested: FigureProp),
        new("frames", FieldKind.MappingList, true, "One frame for a hold, or a start and an end frame for a movement.", Nested: FigureFrame),
    ]);

    /// <summary>One entry of a pose's or variant's <c>precautions:</c> list.</summary>
    public static readonly FrontMatterSchema PosePrecautionEntry = new("precaution",
    [
        new("tag", FieldKind.Choice, true, "The condition: a precaution tag (its page is input/precautions/<tag>.md).", ControlledLists.Precautions,
            Example: "osteoporosis"),
        new("level", FieldKind.Choice, true,
            "avoid: leave this version out; modify: do the version in 'use' instead; take-care: fine with the care 'line' says; none (variants only): the pose's precaution does not apply.",
            ControlledLists.PrecautionLevelNames),
        new("use", FieldKind.Text, false, "For modify (required) or avoid (optional): the safer version, as a variant id of this pose, a pose id, or pose#variant.",
            Example: "chair"),
        new("line", FieldKind.Text, false, "For take-care (required): what to do, going on from the tag's opening words ('If you have osteoporosis, …').",
            Example: "keep the twist small and slow"),
    ]);

    public static readonly FrontMatterSchema Variant = new("variant",
    [
        new("id", FieldKind.Id, true, "Permanent id of the variant; the anchor #id on the pose page.", Example: "modified"),
        new("name", FieldKind.Text, true, "Name of the variant as readers see it.", Example: "Modified pigeon on a block"),
        new("position", FieldKind.Choice, true, "Starting position.", ControlledLists.Positions),
        new("intensity", FieldKind.Choice, true, "How demanding it is.", ControlledLists.Intensities),
        new("props", FieldKind.ChoiceList, false, "Props it needs.", ControlledLists.Props),
        new("cue", FieldKind.Text, true, "The one instruction that makes this variant different."),
        new("redirect_from", FieldKind.IdList, false, "Earlier ids of this variant, so old links to #old-id keep working."),
        new("figure", FieldKind.Mapping, false, "The variant's drawing: the pose's figure with what differs (its own frames and alt text).", Nested: Figure),
        new("precautions", FieldKind.MappingList, false, "This version's precautions; each replaces the pose's for the same tag.", Nested: PosePrecautionEntry),
    ]);

    public static readonly FrontMatterSchema Pose = new("pose",
    [
        new("id", FieldKind.Id, true, "Permanent id; equals the file name and forms the URL /poses/<id>/.", Example: "pigeon"),
        new("title", FieldKind.Text, true, "The name most readers know.", Example: "Pigeon"),
        new("sanskrit", FieldKind.Text, false, "Sanskrit name, if the pose has one."),
        new("aliases", FieldKind.TextList, false, "Other names people search for."),
        new("summary", FieldKind.Text, true, "One sentence: what the pose is and what it works."),
        new("cue", FieldKind.Text, true, "The single most useful instruction, printed on handouts."),
        new("movements", FieldKind.ChoiceList, true, "Movements of the hip and spine.", ControlledLists.Movements),
        new("muscles", FieldKind.Mapping, true, "Muscle ids by role.", Nested: MuscleRoles),
        new("position", FieldKind.Choice, true, "Starting position.", ControlledLists.Positions),
        new("intensity", FieldKind.Choice, true, "How demanding the standard form is.", ControlledLists.Intensities),
        new("props", FieldKind.ChoiceList, false, "Props it needs.", ControlledLists.Props),
        new("hold", FieldKind.Hold, false, "How long to stay: 30s, 1 min, 5 breaths, 30-60s.", Example: "30s"),
        new("reps", FieldKind.Reps, false, "How many repetitions: 10 or 8-10.", Example: "10"),
        new("sides", FieldKind.Choice, true, "Done on each side, or both at once.", ControlledLists.Sides),
        new("cautions", FieldKind.TextList, true, "When to stop, and what is specific to this pose; at least one. Conditions go in 'precautions'."),
        new("precautions", FieldKind.MappingList, false, "Conditions (precaution tags) this pose is avoided, changed or done with care for; variants inherit them.",
            Nested: PosePrecautionEntry),
        new("variants", FieldKind.MappingList, false, "Versions of the pose, easiest to hardest.", Nested: Variant),
        new("related", FieldKind.IdList, false, "Ids of related poses; linked both ways."),
        new("sources", FieldKind.IdList, false, "Ids of the source articles (input/sources.yml)."),
        new("redirect_from", FieldKind.TextList, false, "Old URLs of this page that must keep working."),
        new("standalone", FieldKind.Text, false, "Why no routine uses this pose, if none does."),
        Reviewed,
        new("figure", FieldKind.Mapping, false, "The drawing of the pose: orientation, support, joint angles, props and frames with alt text.", Nested: Figure),
    ]);

    public static readonly FrontMatterSchema Muscle = new("muscle",
    [
        new("id", FieldKind.Id, true, "Permanent id; equals the file name and forms the URL /muscles/<id>/.", Example: "hip-flexors"),
        new("title", FieldKind.Text, true, "Common name of the group.", Example: "Hip flexors"),
        new("latin", FieldKind.Text, false, "Anatomical names."),
        new("aliases", FieldKind.TextList, false, "Other names people search for."),
        new("region", FieldKind.Choice, true, "Where it sits.", ControlledLists.Regions),
        new("summary", FieldKind.Text, true, "One sentence: what the group does."),
        new("body_map", FieldKind.ChoiceList, true, "Regions of the body diagram to highlight.", ControlledLists.BodyMapRegions),
        new("redirect_from", FieldKind.TextList, false, "Old URLs of this page that must keep working."),
        Reviewed,
    ]);

    public static readonly FrontMatterSchema RoutineStep = new("routine step",
    [
        new("pose", FieldKind.Id, true, "Id of the pose.", Example: "pigeon"),
        new("variant", FieldKind.Id, false, "Id of one of that pose's variants."),
        new("hold", FieldKind.Hold, false, "How long to stay; defaults to the pose's hold."),
        new("reps", FieldKind.Reps, false, "How many repetitions; defaults to the pose's reps."),
        new("sides", FieldKind.Choice, false, "Each side or both; defaults to the pose's.", ControlledLists.Sides),
        new("sets", FieldKind.Count, false, "How many times to do the whole step; 1 if left out.", Example: "2", Minimum: 1, Maximum: Dose.MaxSets),
        new("rest", FieldKind.Hold, false, "The pause between sets, written like a hold: 30s, 30-60s; needed when sets is 2 or more.", Example: "30s"),
        new("note", FieldKind.Text, false, "A short note for this step."),
    ]);

    public static readonly FrontMatterSchema RoutinePrecautionNote = new("precaution note",
    [
        new("tag", FieldKind.Choice, true, "The condition: a precaution tag.", ControlledLists.Precautions, Example: "osteoporosis"),
        new("note", FieldKind.Text, true, "What a reader with this condition should do in this routine: which step to leave out or change, and how."),
    ]);

    public static readonly FrontMatterSchema HowOften = new("how often",
    [
        new("times_a_day", FieldKind.Count, true, "How many times a day.", Example: "1", Minimum: 1, Maximum: Content.HowOften.MaxTimesADay),
        new("days_a_week", FieldKind.Count, true, "On how many days a week; 7 is every day.", Example: "5", Minimum: 1, Maximum: 7),
    ]);

    public static readonly FrontMatterSchema RoutineStage = new("routine stage",
    [
        new("weeks", FieldKind.Text, true, "Which weeks, such as 1-2.", Example: "1-2"),
        new("plan", FieldKind.Text, true, "What to do in those weeks, in words a patient can act on."),
    ]);

    public static readonly FrontMatterSchema Routine = new("routine",
    [
        new("id", FieldKind.Id, true, "Permanent id; equals the file name and forms the URL /routines/<id>/.", Example: "four-poses-in-bed"),
        new("title", FieldKind.Text, true, "Title of the routine."),
        new("summary", FieldKind.Text, true, "One sentence: who it is for and what it does."),
        new("level", FieldKind.Choice, true, "Who it suits.", ControlledLists.Levels),
        new("setting", FieldKind.Choice, true, "Where it is done.", ControlledLists.Settings),
        new("steps", FieldKind.MappingList, true, "The poses in order.", Nested: RoutineStep),
        new("precaution_notes", FieldKind.MappingList, false,
            "For readers with a condition: which step to leave out or change. A beginner routine needs one for each common condition a step is to be avoided for.",
            Nested: RoutinePrecautionNote),
        new("how_often", FieldKind.Mapping, false, "How many times a day, on how many days a week.", Nested: HowOften),
        new("progress", FieldKind.Text, false, "When to move on (harder versions, more reps or sets), in words a patient can act on.",
            Example: "When every step feels easy, with pain no higher than 3 out of 10, for a whole week, move to the next version of one pose."),
        new("step_back", FieldKind.Text, false, "When and how to ease off.",
            Example: "If pain goes above 5 out of 10, or is worse the next morning, go back to the last version that felt fine."),
        new("stages", FieldKind.MappingList, false, "For a routine that builds over weeks: what to do in each stretch of weeks.", Nested: RoutineStage),
        new("sources", FieldKind.IdList, false, "Ids of the source articles (input/sources.yml)."),
        new("redirect_from", FieldKind.TextList, false, "Old URLs of this page that must keep working."),
        Reviewed,
    ]);

    public static readonly FrontMatterSchema Page = new("page",
    [
        new("title", FieldKind.Text, true, "Title of the page."),
        new("summary", FieldKind.Text, true, "One sentence; the page's description."),
        new("layout", FieldKind.Text, false, "A template in theme/layouts/ other than the default 'page'."),
        new("redirect_from", FieldKind.TextList, false, "Old URLs of this page that must keep working."),
        Reviewed,
    ]);

    public static readonly FrontMatterSchema Precaution = new("precaution tag",
    [
        new("id", FieldKind.Id, true, "The tag, from the controlled list; equals the file name and forms the URL /precautions/<id>/.",
            Example: "osteoporosis"),
        new("title", FieldKind.Text, true, "The condition as patients name it.", Example: "Osteoporosis"),
        new("summary", FieldKind.Text, true, "One sentence: what the condition is; the page's description."),
        new("condition", FieldKind.Text, true, "The words that open every caution line made from this tag.", Example: "If you have osteoporosis"),
        new("caution", FieldKind.Text, true, "A short caution line: what the condition asks for in any exercise."),
        Reviewed,
    ]);

    public static readonly FrontMatterSchema SourceArticle = new("source article",
    [
        new("id", FieldKind.Id, true, "Id poses and routines cite."),
        new("title", FieldKind.Text, true, "Title of the article."),
        new("publisher", FieldKind.Text, false, "Who published it, for clinical guidance (e.g. NICE)."),
        new("published", FieldKind.Text, false, "When it was published, as written (e.g. 2016, updated 2020)."),
        new("url", FieldKind.Text, false, "Its public https address, linked from the pages that cite it."),
        new("says", FieldKind.Text, false, "What the guide takes from it, in our words: only what it says."),
    ]);
}
