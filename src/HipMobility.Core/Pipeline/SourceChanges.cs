using HipMobility.Content;

namespace HipMobility.Pipeline;

/// <summary>
/// What a build starts from: the input files to read (all of them, or the ones an edit touched), the files removed,
/// and whether the theme changed.
/// </summary>
public sealed record SourceChanges(IReadOnlyList<SourceFile> Read, IReadOnlyList<string> Removed, bool Theme, bool AffectsEverything)
{
    public bool IsEmpty => Read.Count == 0 && Removed.Count == 0 && !Theme;

    /// <summary>Every file of the input, and the theme: a build from nothing.</summary>
    public static SourceChanges All(IReadOnlyList<SourceFile> files) => new(files, [], Theme: true, AffectsEverything: true);

    /// <summary>
    /// The changes behind a list of changed paths (created, edited or deleted). Files the build does not read are
    /// ignored. A change to the source list or the URL register affects every page, as a theme change does.
    /// </summary>
    public static SourceChanges Of(IEnumerable<string> fullPaths, string inputRoot, string themeRoot)
    {
        var read = new List<SourceFile>();
        var removed = new List<string>();
        var theme = false;
        var everything = false;
        foreach (var full in fullPaths)
        {
            if (full.StartsWith(themeRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                theme = everything = true;
                continue;
            }
            if (!full.StartsWith(inputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (DiscoverStage.File(inputRoot, full) is not { } file) continue;
            if (file.Kind is ContentKind.SourceList or ContentKind.UrlRegister) everything = true;
            if (File.Exists(full)) read.Add(new SourceFile(file.Kind, file.DisplayPath, file.InputRelativePath, ReadWhenReady(full)) { FullPath = full });
            else removed.Add(file.InputRelativePath);
        }
        return new SourceChanges(read, removed, theme, everything);
    }

    /// <summary>Editors save in several steps; retry briefly while the file is locked or half-written.</summary>
    private static byte[] ReadWhenReady(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try { return File.ReadAllBytes(path); }
            catch (IOException) when (attempt < 5) { Thread.Sleep(20); }
        }
    }
}
