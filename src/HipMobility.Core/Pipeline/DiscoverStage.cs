namespace HipMobility.Pipeline;

/// <summary>
/// Stage 1: finds the content files under the input folder, in a stable order. The parse stage reads each one, on
/// the thread that parses it.
/// </summary>
public static class DiscoverStage
{
    public const string SourceListFile = "sources.yml";
    public const string UrlRegisterFile = "published-urls.txt";

    private static readonly (string Folder, ContentKind Kind)[] Folders =
    [
        ("poses", ContentKind.Pose),
        ("muscles", ContentKind.Muscle),
        ("routines", ContentKind.Routine),
    ];

    public static IReadOnlyList<SourceFile> Run(string inputDirectory)
    {
        var root = Path.GetFullPath(inputDirectory);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"input folder '{inputDirectory}' does not exist");
        var displayRoot = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var found = new List<(ContentKind Kind, string FullPath)>();

        foreach (var (folder, kind) in Folders)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            found.AddRange(Directory.EnumerateFiles(dir, "*.md", SearchOption.TopDirectoryOnly).Select(f => (kind, f)));
        }
        found.AddRange(Directory.EnumerateFiles(root, "*.md", SearchOption.TopDirectoryOnly).Select(f => (ContentKind.Page, f)));
        var sources = Path.Combine(root, SourceListFile);
        if (File.Exists(sources)) found.Add((ContentKind.SourceList, sources));
        var register = Path.Combine(root, UrlRegisterFile);
        if (File.Exists(register)) found.Add((ContentKind.UrlRegister, register));

        var files = found.Select(f =>
        {
            var relative = Path.GetRelativePath(root, f.FullPath).Replace('\\', '/');
            return new SourceFile(f.Kind, displayRoot + "/" + relative, relative) { FullPath = f.FullPath };
        }).ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.InputRelativePath, b.InputRelativePath));
        return files;
    }
}
