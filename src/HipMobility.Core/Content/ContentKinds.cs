namespace HipMobility.Content;

/// <summary>What an input file is: a kind of content page, or one of the two site-wide lists.</summary>
public enum ContentKind { Pose, Muscle, Routine, Page, SourceList, UrlRegister, Precaution }

/// <summary>
/// One kind of content: its name (in <c>hipmobility new</c> and in dependency keys) and its folder, which is both where
/// its files live under <c>input/</c> and the first segment of its URLs (<c>input/poses/pigeon.md</c> is
/// <c>/poses/pigeon/</c>). Free pages have no folder: they sit at the top of <c>input/</c> and of the site.
/// </summary>
public sealed record ContentKindInfo(ContentKind Kind, string Name, string? Folder);

/// <summary>The one table of content kinds. Every folder, file name and kind name is written here and nowhere else.</summary>
public static class ContentKinds
{
    public static readonly ContentKindInfo Pose = new(ContentKind.Pose, "pose", "poses");
    public static readonly ContentKindInfo Muscle = new(ContentKind.Muscle, "muscle", "muscles");
    public static readonly ContentKindInfo Routine = new(ContentKind.Routine, "routine", "routines");
    public static readonly ContentKindInfo Page = new(ContentKind.Page, "page", null);
    public static readonly ContentKindInfo Precaution = new(ContentKind.Precaution, "precaution", "precautions");
    public static readonly ContentKindInfo SourceList = new(ContentKind.SourceList, "sources", null);
    public static readonly ContentKindInfo UrlRegister = new(ContentKind.UrlRegister, "published-urls", null);

    /// <summary>The kinds that live in a folder of their own, one Markdown file per id.</summary>
    public static readonly IReadOnlyList<ContentKindInfo> InFolders = [Pose, Muscle, Routine, Precaution];

    public const string SourceListFile = "sources.yml";
    public const string UrlRegisterFile = "published-urls.txt";
    public const string MarkdownExtension = ".md";

    public static ContentKindInfo Of(ContentKind kind) => kind switch
    {
        ContentKind.Pose => Pose,
        ContentKind.Muscle => Muscle,
        ContentKind.Routine => Routine,
        ContentKind.Page => Page,
        ContentKind.SourceList => SourceList,
        ContentKind.Precaution => Precaution,
        _ => UrlRegister,
    };

    /// <summary>The kind of a file from its path relative to <c>input/</c> ('/'-separated), or null for a file the build does not read.</summary>
    public static ContentKind? OfInputPath(string relative)
    {
        if (relative == SourceListFile) return ContentKind.SourceList;
        if (relative == UrlRegisterFile) return ContentKind.UrlRegister;
        if (!relative.EndsWith(MarkdownExtension, StringComparison.Ordinal)) return null;
        var slash = relative.IndexOf('/');
        if (slash < 0) return ContentKind.Page;
        if (relative.IndexOf('/', slash + 1) >= 0) return null;
        var folder = relative[..slash];
        return InFolders.FirstOrDefault(k => k.Folder == folder)?.Kind;
    }

    /// <summary>The file of a new item of a kind that has a folder: <c>poses/&lt;id&gt;.md</c>.</summary>
    public static string InputPathOf(ContentKindInfo kind, string id) =>
        kind.Folder is { } folder ? $"{folder}/{id}{MarkdownExtension}" : id + MarkdownExtension;
}
