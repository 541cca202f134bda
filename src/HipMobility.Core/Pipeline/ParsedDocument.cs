using HipMobility.Content;
using HipMobility.Parsing;

namespace HipMobility.Pipeline;

/// <summary>A file split into raw front matter (untyped, with positions) and a checked Markdown body.</summary>
public sealed record ParsedDocument(SourceFile File, YamlMap FrontMatter, ContentBody Body);

/// <summary>The parsed list of source articles (<c>input/sources.yml</c>).</summary>
public sealed record ParsedSourceList(SourceFile File, YamlList Items);
