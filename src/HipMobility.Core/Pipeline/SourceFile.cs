namespace HipMobility.Pipeline;

public enum ContentKind { Pose, Muscle, Routine, Page, SourceList, UrlRegister }

/// <summary>
/// One input file as read from disk. <see cref="DisplayPath"/> is what diagnostics print
/// (e.g. <c>input/poses/pigeon.md</c>); <see cref="InputRelativePath"/> is relative to the input folder.
/// </summary>
public sealed record SourceFile(ContentKind Kind, string DisplayPath, string InputRelativePath, byte[] Bytes)
{
    /// <summary>Where the file is on disk, for the few stages that write back (the URL register); empty in memory.</summary>
    public string FullPath { get; init; } = "";

    /// <summary>The file name without extension: what the id must equal.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(InputRelativePath);
}
