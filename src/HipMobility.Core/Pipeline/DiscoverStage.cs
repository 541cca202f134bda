using HipMobility.Content;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 1: finds the content files under the input folder, in a stable order, by the table of
/// <see cref="ContentKinds"/>. The parse stage reads each one, on the thread that parses it.
/// </summary>
public static class DiscoverStage
{
    public static IReadOnlyList<SourceFile> Run(string inputDirectory)
    {
        var root = Root(inputDirectory);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"input folder '{inputDirectory}' does not exist");
        var found = new List<string>();
        foreach (var kind in ContentKinds.InFolders)
        {
            var dir = Path.Combine(root, kind.Folder!);
            if (Directory.Exists(dir)) found.AddRange(Directory.EnumerateFiles(dir, "*" + ContentKinds.MarkdownExtension, SearchOption.TopDirectoryOnly));
        }
        found.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.TopDirectoryOnly));
        var files = found.Select(f => File(root, f)).OfType<SourceFile>().ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.InputRelativePath, b.InputRelativePath));
        return files;
    }

    /// <summary>The input file at a full path under <paramref name="root"/>, or null when the build does not read it.</summary>
    public static SourceFile? File(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        return ContentKinds.OfInputPath(relative) is { } kind
            ? new SourceFile(kind, DisplayRoot(root) + "/" + relative, relative) { FullPath = fullPath }
            : null;
    }

    /// <summary>The input folder as a full path without a trailing separator.</summary>
    public static string Root(string inputDirectory) => Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>What diagnostics print before a file's relative path: the input folder's own name (<c>input</c>).</summary>
    private static string DisplayRoot(string root) => Path.GetFileName(root);
}
