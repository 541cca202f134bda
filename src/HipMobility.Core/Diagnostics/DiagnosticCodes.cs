namespace HipMobility.Diagnostics;

/// <summary>Every code the generator reports; CONTRIBUTING.md lists them for contributors.</summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "HM001";
    public const string MissingFrontMatter = "HM002";
    public const string MalformedYaml = "HM003";
    public const string UnknownField = "HM004";
    public const string WrongType = "HM005";
    public const string NotInControlledList = "HM006";
    public const string MissingRequired = "HM007";
    public const string IdMismatch = "HM008";
    public const string IdNotKebab = "HM009";
    public const string DuplicateId = "HM010";
    public const string UnknownMuscle = "HM011";
    public const string UnknownPose = "HM012";
    public const string UnknownVariant = "HM013";
    public const string UnknownLinkTarget = "HM014";
    public const string EmptyRoutine = "HM015";
    public const string InvalidHold = "HM016";
    public const string InvalidReps = "HM017";
    public const string VariantsOutOfOrder = "HM018";
    public const string UnknownSource = "HM019";
    public const string DuplicateVariant = "HM020";
    public const string InvalidRedirect = "HM021";
    public const string UnsafeLinkUrl = "HM022";
    public const string BrokenPublishedUrl = "HM023";
    public const string LimitExceeded = "HM024";
    public const string JointOutOfRange = "HM025";
    public const string FigureFrameCount = "HM026";
    // Dosing and review dates (issue 19).
    public const string InvalidCount = "HM027";
    public const string SetsAndRest = "HM028";
    public const string InvalidDate = "HM029";
    // Precautions as data (issue 19).
    public const string PrecautionEntry = "HM030";
    public const string PrecautionTagWithoutPage = "HM031";
    public const string PrecautionUnknownVersion = "HM032";
    public const string PrecautionSaferVersionNotSafer = "HM033";
    public const string RoutineSettingConflict = "HM034";
    public const string BeginnerRoutineAvoidWithoutNote = "HM035";
    public const string FigureNeedsPrecaution = "HM036";

    public const string PoseInNoRoutine = "HM101";
    public const string RawHtml = "HM102";
    public const string MuscleWorkedByNoPose = "HM103";
    public const string UrlNotRegistered = "HM104";
    public const string ReviewOverdue = "HM105";
    public const string NotReviewed = "HM106";
    public const string FigureMissesMovement = "HM107";

    // The theme's templates (theme/layouts, theme/partials): a build error, reported as its template's file and place.
    public const string ThemeSyntax = "HM201";
    public const string ThemeUnknownName = "HM202";
    public const string ThemeWrongArgument = "HM203";
    public const string ThemeMissingFile = "HM204";
    public const string ThemeRender = "HM205";
}
