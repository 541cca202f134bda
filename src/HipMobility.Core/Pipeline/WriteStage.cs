namespace HipMobility.Pipeline;

/// <summary>
/// Stage 6: writes the site atomically. Files go to a staging folder beside the output, which then replaces the
/// output in two renames; a build that fails or is killed before the swap leaves the previous output untouched, and
/// one killed between the renames is repaired by the next build. A lock file stops two builds writing at once.
/// </summary>
public static class WriteStage
{
    public static int Run(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to '{outputDirectory}'");
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);

        using var _ = AcquireLock(Path.Combine(parent, $".{name}.lock"));
        RecoverInterruptedSwap(parent, name, output);

        var staging = Path.Combine(parent, $".{name}.staging");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        var stagingRoot = staging + Path.DirectorySeparatorChar;

        foreach (var dir in files.Select(f => Path.GetDirectoryName(Target(stagingRoot, f.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(dir);
        Parallel.ForEach(files, file => File.WriteAllBytes(Target(stagingRoot, file.Path), file.Bytes));

        var old = Path.Combine(parent, $".{name}.old");
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(output)) Directory.Move(output, old);
        Directory.Move(staging, output);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        return files.Count;
    }

    /// <summary>The full path of an output file; refuses any path that would land outside the output folder.</summary>
    private static string Target(string root, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Split('/').Any(s => s is ".." or "."))
            throw new InvalidOperationException($"refusing to write '{relative}': it is not a plain path inside the output folder");
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }

    private static void RecoverInterruptedSwap(string parent, string name, string output)
    {
        var old = Path.Combine(parent, $".{name}.old");
        if (!Directory.Exists(output) && Directory.Exists(old)) Directory.Move(old, output);
    }

    private static FileStream AcquireLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new BuildLockedException($"another build is writing to this output folder (lock file {path}); wait for it to finish");
        }
    }
}

public sealed class BuildLockedException(string message) : IOException(message);
