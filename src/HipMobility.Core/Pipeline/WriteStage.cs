namespace HipMobility.Pipeline;

/// <summary>
/// Stage 6: writes the site into a staging folder beside the output. Later stages (the search index) work on the
/// staging folder; <see cref="StagedSite.Commit"/> then swaps it in with two renames. A build that fails or is killed
/// before the swap leaves the previous output untouched; one killed between the renames is repaired by the next build.
/// A lock file stops two builds writing the same output at once.
/// </summary>
public static class WriteStage
{
    public static StagedSite Run(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var staged = StagedSite.Begin(outputDirectory);
        try
        {
            staged.Write(files);
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }
}

public sealed class StagedSite : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _output;
    private readonly string _old;
    private bool _committed;

    private StagedSite(FileStream lockFile, string output, string staging, string old)
    {
        (_lock, _output, Path, _old) = (lockFile, output, staging, old);
    }

    /// <summary>The staging folder the new site is written to.</summary>
    public string Path { get; }

    public int FilesWritten => _filesWritten;

    public static StagedSite Begin(string outputDirectory)
    {
        var output = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to '{outputDirectory}'");
        var name = System.IO.Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var lockFile = AcquireLock(System.IO.Path.Combine(parent, $".{name}.lock"));
        try
        {
            var old = System.IO.Path.Combine(parent, $".{name}.old");
            // A build killed between the two renames left the previous site here: put it back first.
            if (!Directory.Exists(output) && Directory.Exists(old)) Directory.Move(old, output);
            var staging = System.IO.Path.Combine(parent, $".{name}.staging");
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            return new StagedSite(lockFile, output, staging, old);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Writes one file into the staging folder; safe to call from several threads.</summary>
    public void Write(OutputFile file)
    {
        var target = Target(Path + System.IO.Path.DirectorySeparatorChar, file.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Bytes);
        Interlocked.Increment(ref _filesWritten);
    }

    private int _filesWritten;

    public void Write(IReadOnlyList<OutputFile> files)
    {
        var root = Path + System.IO.Path.DirectorySeparatorChar;
        foreach (var dir in files.Select(f => System.IO.Path.GetDirectoryName(Target(root, f.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(dir);
        Parallel.ForEach(files, file => File.WriteAllBytes(Target(root, file.Path), file.Bytes));
        Interlocked.Add(ref _filesWritten, files.Count);
    }

    /// <summary>Swaps the staged site in for the output folder.</summary>
    public void Commit()
    {
        if (Directory.Exists(_old)) Directory.Delete(_old, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, _old);
        Directory.Move(Path, _output);
        _committed = true;
        if (Directory.Exists(_old)) Directory.Delete(_old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
        _lock.Dispose();
    }

    /// <summary>The full path of an output file; refuses any path that would land outside the output folder.</summary>
    private static string Target(string root, string relative)
    {
        if (relative.Length == 0 || System.IO.Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Split('/').Any(s => s is ".." or "." or ""))
            throw new InvalidOperationException($"refusing to write '{relative}': it is not a plain path inside the output folder");
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
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
