using HipMobility.Content;
using HipMobility.Parsing;

namespace HipMobility.Pipeline;

/// <summary>A file split into raw front matter (untyped, with positions) and a checked Markdown body.</summary>
public sealed record ParsedDocument(SourceFile File, YamlMap FrontMatter, ContentBody Body);

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
}
