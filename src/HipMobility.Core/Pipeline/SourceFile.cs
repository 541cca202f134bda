namespace HipMobility.Pipeline;

public enum ContentKind { Pose, Muscle, Routine, Page, SourceList, UrlRegister }

/// <summary>
/// One input file. <see cref="DisplayPath"/> is what diagnostics print (e.g. <c>input/poses/pigeon.md</c>);
/// <see cref="InputRelativePath"/> is relative to the input folder.
/// </summary>
public sealed record SourceFile(ContentKind Kind, string DisplayPath, string InputRelativePath)
{
    private readonly byte[]? _bytes;

    /// <summary>A file held in memory (tests, serve).</summary>
    public SourceFile(ContentKind kind, string displayPath, string inputRelativePath, byte[] bytes) : this(kind, displayPath, inputRelativePath) =>
        _bytes = bytes;

    /// <summary>
    /// The file's bytes: those it was given, or else read from <see cref="FullPath"/> on every call (the parse stage
    /// calls once), so that the files of a large guide are not all held in memory at once.
    /// </summary>
    public byte[] ReadBytes() => _bytes ?? File.ReadAllBytes(FullPath);

    /// <summary>Where the file is on disk, for reading it and for the few stages that write back (the URL register); empty in memory.</summary>
    public string FullPath { get; init; } = "";

    /// <summary>The file name without extension: what the id must equal.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(InputRelativePath);
}
