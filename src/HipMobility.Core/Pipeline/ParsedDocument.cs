using HipMobility.Content;
using HipMobility.Parsing;

namespace HipMobility.Pipeline;

/// <summary>A file split into raw front matter (untyped, with positions) and a checked Markdown body.</summary>
public sealed record ParsedDocument(SourceFile File, YamlMap FrontMatter, ContentBody Body)
{
    /// <summary>A hash of the front matter's text, so an update can tell an edit to the body alone (see <see cref="DependencyKey.Listing"/>).</summary>
    public ulong FrontMatterHash { get; init; }

    /// <summary>FNV-1a, 64 bits: cheap, and the same for the same text within a process (an update compares it with the last build's).</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}

/// <summary>The parsed list of source articles (<c>input/sources.yml</c>).</summary>
public sealed record ParsedSourceList(SourceFile File, YamlList Items);

/// <summary>
/// What one input file became: a document (<typeparamref name="T"/>, raw or already validated), the source list, the
/// URL register, or nothing (the file's errors are reported).
/// </summary>
public sealed record ParsedFile<T>(SourceFile File) where T : class
{
    public T? Document { get; init; }
    public ParsedSourceList? SourceList { get; init; }
    public UrlRegister? UrlRegister { get; init; }

    /// <summary>The document's <see cref="ParsedDocument.FrontMatterHash"/>; null for a file that is not a document or did not parse.</summary>
    public ulong? FrontMatterHash { get; init; }
}
