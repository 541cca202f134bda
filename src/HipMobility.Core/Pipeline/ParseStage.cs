using System.Text;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Markdown;
using HipMobility.Parsing;

namespace HipMobility.Pipeline;

/// <summary>Stage 2: decodes each file, splits off its YAML front matter and parses the Markdown body.</summary>
public static class ParseStage
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// <paramref name="Unreadable"/> holds the file-name ids of content files that could not be parsed: their own error
    /// is reported here, and links to them are not reported again as unknown ids.
    /// </summary>
    public sealed record Result(IReadOnlyList<ParsedDocument> Documents, ParsedSourceList? SourceList, IReadOnlySet<string> Unreadable);

    public static Result Run(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var parsed = new ParsedDocument?[files.Count];
        ParsedSourceList? sourceList = null;
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            if (file.Kind == ContentKind.SourceList) sourceList = ParseSourceList(file, diagnostics);
            else parsed[i] = ParseDocument(file, diagnostics);
        });
        var unreadable = files.Where((f, i) => f.Kind is ContentKind.Pose or ContentKind.Muscle or ContentKind.Routine && parsed[i] is null)
            .Select(f => f.Stem).ToHashSet(StringComparer.Ordinal);
        return new Result(parsed.OfType<ParsedDocument>().ToList(), sourceList, unreadable);
    }

    public static ParsedDocument? ParseDocument(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = Decode(file, diagnostics);
        if (text is null) return null;

        var split = FrontMatterSplitter.Split(text);
        if (split is null)
        {
            diagnostics.Error(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.MissingFrontMatter,
                "the file has no front matter", "Start the file with a line '---', the YAML fields, then another '---'");
            return null;
        }

        YamlValue? root;
        try
        {
            root = YamlTreeReader.Read(split.Value.FrontMatter, lineOffset: split.Value.FrontMatterFirstLine - 1);
        }
        catch (YamlTreeException e)
        {
            diagnostics.Error(new SourceLocation(file.DisplayPath, e.Line, e.Column), DiagnosticCodes.MalformedYaml,
                $"the front matter is not valid YAML: {e.Message}", "Check indentation, colons and quotes on this line and the one before");
            return null;
        }
        if (root is not YamlMap map)
        {
            var at = root is null ? new SourceLocation(file.DisplayPath, 1, 1) : new SourceLocation(file.DisplayPath, root.Line, root.Column);
            diagnostics.Error(at, DiagnosticCodes.MissingFrontMatter, "the front matter holds no fields",
                "Write one 'field: value' per line between the two '---' lines");
            return null;
        }

        var document = Markdig.Markdown.Parse(split.Value.Body, GuideMarkdown.Pipeline);
        return new ParsedDocument(file, map, new ContentBody(document, split.Value.BodyFirstLine - 1));
    }

    private static ParsedSourceList? ParseSourceList(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = Decode(file, diagnostics);
        if (text is null) return null;
        try
        {
            var root = YamlTreeReader.Read(text, 0);
            if (root is YamlList list) return new ParsedSourceList(file, list);
            diagnostics.Error(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.WrongType,
                "the source list must be a YAML list", "Write one '- id: …' entry per article");
        }
        catch (YamlTreeException e)
        {
            diagnostics.Error(new SourceLocation(file.DisplayPath, e.Line, e.Column), DiagnosticCodes.MalformedYaml,
                $"the source list is not valid YAML: {e.Message}", "Check indentation, colons and quotes");
        }
        return null;
    }

    /// <summary>Decodes strict UTF-8 (dropping a BOM); reports the line of the first bad byte otherwise.</summary>
    private static string? Decode(SourceFile file, DiagnosticBag diagnostics)
    {
        var bytes = file.Bytes.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var bad = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes[..bad].Count((byte)'\n');
            var column = 1 + (bad - (bytes[..bad].LastIndexOf((byte)'\n') + 1));
            diagnostics.Error(new SourceLocation(file.DisplayPath, line, column), DiagnosticCodes.NotUtf8,
                "the file is not valid UTF-8 text", "Save it as UTF-8 in your editor");
            return null;
        }
    }
}

/// <summary>Splits <c>---</c>-delimited front matter from the Markdown body, keeping line numbers.</summary>
public static class FrontMatterSplitter
{
    public readonly record struct Parts(string FrontMatter, int FrontMatterFirstLine, string Body, int BodyFirstLine);

    public static Parts? Split(string text)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---") return null;

        var position = firstEnd + 1;
        var line = 2;
        while (position <= text.Length && firstEnd >= 0)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r', ' ', '\t');
            if (current is "---" or "...")
            {
                var frontMatter = text[(firstEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new Parts(frontMatter, 2, body, line + 1);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        return null;
    }
}
