using HipMobility.Content;

namespace HipMobility.Pipeline;


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

    /// <summary>
    /// The file's bytes in a buffer lent by the shared pool (give it back with <see cref="LentBytes.Dispose"/>): the
    /// parse stage decodes each file once and needs the bytes no longer. A file longer than <paramref name="maxBytes"/>
    /// is not read at all; its length says so.
    /// </summary>
    public LentBytes ReadLent(int maxBytes)
    {
        if (_bytes is not null) return new LentBytes(_bytes, _bytes.Length, _bytes.Length > maxBytes ? 0 : _bytes.Length, lent: false);
        using var handle = File.OpenHandle(FullPath);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes || length == 0) return new LentBytes([], length, 0, lent: false);
        // As File.ReadAllBytes does, read what the file held when it was opened (a file written meanwhile is read again
        // by the rebuild its change starts).
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)length);
        var read = 0;
        for (int n; read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read)) > 0;) read += n;
        return new LentBytes(buffer, read, read, lent: true);
    }

    /// <summary>Where the file is on disk, for reading it and for the few stages that write back (the URL register); empty in memory.</summary>
    public string FullPath { get; init; } = "";

    /// <summary>The file name without extension: what the id must equal.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(InputRelativePath);
}

/// <summary>A file's bytes, possibly in a pooled buffer: <see cref="Bytes"/> is empty when the file was too long to read.</summary>
public readonly struct LentBytes(byte[] buffer, long fileLength, int count, bool lent) : IDisposable
{
    public long FileLength { get; } = fileLength;

    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, count);

    public void Dispose()
    {
        if (lent) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }
}
