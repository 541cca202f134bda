using System.Text;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Markdown;
using HipMobility.Parsing;
using Markdig.Syntax;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 2: reads and decodes each file, splits off its YAML front matter, and parses and checks the Markdown body.
/// </summary>
public static class ParseStage
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The largest file read: some 30 times the longest page of the guide. Bounds the time and memory hostile input can
    /// cost; larger files are reported, not read.
    /// </summary>
    public const int MaxFileBytes = 128 * 1024;

    /// <summary>
    /// <paramref name="Unreadable"/> holds the file-name ids of content files that could not be parsed: their own error
    /// is reported here, and links to them are not reported again as unknown ids.
    /// </summary>
    public sealed record Result<TDocument>(IReadOnlyList<TDocument> Documents, ParsedSourceList? SourceList, IReadOnlySet<string> Unreadable,
        Content.UrlRegister? UrlRegister = null);

    public static Result<ParsedDocument> Run(IReadOnlyList<SourceFile> files, SiteUrls urls, DiagnosticBag diagnostics) =>
        Run(files, urls, diagnostics, (document, _) => document);

    /// <summary>
    /// Parses every file, in parallel. Each document goes on to <paramref name="then"/> on the thread that parsed it, so
    /// the next stage can work document by document and a document's raw front matter is garbage as soon as it is used:
    /// keeping ten thousand raw trees alive until all were parsed cost more in garbage collection than parsing them.
    /// </summary>
    public static Result<T> Run<T>(IReadOnlyList<SourceFile> files, SiteUrls urls, DiagnosticBag diagnostics, Func<ParsedDocument, DiagnosticBag, T> then)
        where T : class
    {
        var parsed = new ParsedFile<T>[files.Count];
        ForEach(files, i => parsed[i] = Parse(files[i], urls, diagnostics, then));
        return Gather(parsed);
    }

    /// <summary>Runs <paramref name="parse"/> for every file index in parallel; a file that cannot be read is reported as itself.</summary>
    public static void ForEach(IReadOnlyList<SourceFile> files, Action<int> parse)
    {
        try
        {
            Parallel.For(0, files.Count, parse);
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException) is { } io)
        {
            // Files are read here, as they are parsed.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(io);
            throw;
        }
    }

    /// <summary>
    /// What one file became. Bodies are rendered to HTML here, while their syntax tree exists (see
    /// <see cref="ContentBody"/>): site-root links need the site's base path, from <paramref name="urls"/>.
    /// </summary>
    public static ParsedFile<T> Parse<T>(SourceFile file, SiteUrls urls, DiagnosticBag diagnostics, Func<ParsedDocument, DiagnosticBag, T> then)
        where T : class => file.Kind switch
    {
        ContentKind.UrlRegister => new ParsedFile<T>(file) { UrlRegister = ParseUrlRegister(file, diagnostics) },
        ContentKind.SourceList => new ParsedFile<T>(file) { SourceList = ParseSourceList(file, diagnostics) },
        _ => ParseDocument(file, urls, diagnostics) is { } document
            ? new ParsedFile<T>(file) { Document = then(document, diagnostics), FrontMatterHash = document.FrontMatterHash }
            : new ParsedFile<T>(file),
    };

    /// <summary>The documents in the order given, the two lists, and the ids of the content files that could not be parsed.</summary>
    public static Result<T> Gather<T>(IEnumerable<ParsedFile<T>> parsed) where T : class
    {
        var documents = new List<T>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        ParsedSourceList? sourceList = null;
        Content.UrlRegister? register = null;
        foreach (var file in parsed)
        {
            if (file.Document is { } document) documents.Add(document);
            else if (file.File.Kind is ContentKind.Pose or ContentKind.Muscle or ContentKind.Routine or ContentKind.Precaution) unreadable.Add(file.File.Stem);
            sourceList ??= file.SourceList;
            register ??= file.UrlRegister;
        }
        return new Result<T>(documents, sourceList, unreadable, register);
    }

    public static ParsedDocument? ParseDocument(SourceFile file, SiteUrls urls, DiagnosticBag diagnostics)
    {
        // Only the two parts become strings: the file's bytes are lent, checked and split where they are.
        using var content = file.ReadLent(MaxFileBytes);
        if (!IsUtf8Text(file, content, diagnostics, out var text)) return null;

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

        var body = ParseBody(file, split.Value.Body, split.Value.BodyFirstLine, urls, diagnostics);
        return body is null ? null : new ParsedDocument(file, map, body) { FrontMatterHash = ParsedDocument.Hash(split.Value.FrontMatter) };
    }

    /// <summary>
    /// Parses, checks and renders the Markdown body, keeping its HTML, steps and links but not its syntax tree. A body
    /// nested deeper than <see cref="MarkdownNesting.Limit"/> is reported at its deepest point: Markdig would throw on
    /// it, while parsing or while rendering.
    /// </summary>
    private static ContentBody? ParseBody(SourceFile file, string body, int bodyFirstLine, SiteUrls urls, DiagnosticBag diagnostics)
    {
        // CommonMark replaces NUL with U+FFFD; doing it here keeps NUL free to mark the link slots of the prepared HTML.
        if (body.Contains(BodyRenderer.SlotMark)) body = body.Replace(BodyRenderer.SlotMark, '\uFFFD');
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, GuideMarkdown.Pipeline);
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException))
        {
            // Markdig's own depth limit, reached while parsing: find the line that reaches it.
            NestedTooDeeply(file, bodyFirstLine + LineTooDeep(body), 1, diagnostics);
            return null;
        }
        var deepest = MarkdownNesting.Measure(document);
        if (deepest.Depth > MarkdownNesting.Limit)
        {
            NestedTooDeeply(file, bodyFirstLine + deepest.Line, deepest.Column + 1, diagnostics);
            return null;
        }
        var lineOffset = bodyFirstLine - 1;
        var links = BodyCheck.Run(document, file.DisplayPath, lineOffset, diagnostics);
        var (html, steps) = BodyRenderer.Prepare(document, urls);
        return new ContentBody(html, steps, lineOffset, links);
    }

    private static void NestedTooDeeply(SourceFile file, int line, int column, DiagnosticBag diagnostics) =>
        diagnostics.Error(new SourceLocation(file.DisplayPath, line, column), DiagnosticCodes.LimitExceeded,
            $"the Markdown here is nested more than {MarkdownNesting.Limit} levels deep (quotes, lists, emphasis or links inside each other)",
            "Flatten it: use fewer '>' and list levels, and close each '[', '*' and '_' you open");

    /// <summary>
    /// The 0-based line to blame when Markdig cannot parse a body. Usually a single line is, the one with the most nesting
    /// marks, so that line is tried alone first; otherwise the first paragraph (run of non-blank lines) Markdig cannot
    /// parse on its own; otherwise 0.
    /// </summary>
    private static int LineTooDeep(string body)
    {
        var lines = body.Split('\n');
        var marked = 0;
        for (var i = 1; i < lines.Length; i++) if (NestingMarks(lines[i]) > NestingMarks(lines[marked])) marked = i;
        if (TooDeep(lines[marked])) return marked;

        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Trim().Length > 0) continue;
            if (i > start && TooDeep(string.Join('\n', lines[start..i]))) return start;
            start = i + 1;
        }
        return 0;
    }

    private static bool TooDeep(string markdown)
    {
        try
        {
            return MarkdownNesting.Measure(Markdig.Markdown.Parse(markdown, GuideMarkdown.Pipeline)).Depth > MarkdownNesting.Limit;
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException))
        {
            return true;
        }
    }

    /// <summary>Characters that open quotes, lists, emphasis and links.</summary>
    private static int NestingMarks(string line) => line.Count(c => c is '>' or '-' or '+' or '*' or '_' or '[' or '.' or ')');

    public static ParsedSourceList? ParseSourceList(SourceFile file, DiagnosticBag diagnostics)
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

    /// <summary>One site path per line; blank lines and <c>#</c> comments are skipped.</summary>
    public static Content.UrlRegister? ParseUrlRegister(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = Decode(file, diagnostics);
        if (text is null) return null;
        var entries = new List<(string, int)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#')) entries.Add((line, i + 1));
        }
        return new Content.UrlRegister(file.DisplayPath, file.FullPath, entries);
    }

    /// <summary>Decodes strict UTF-8 (dropping a BOM); reports a file over the size limit, or the line of the first bad byte.</summary>
    private static string? Decode(SourceFile file, DiagnosticBag diagnostics)
    {
        using var content = file.ReadLent(MaxFileBytes);
        return IsUtf8Text(file, content, diagnostics, out var text) ? StrictUtf8.GetString(text) : null;
    }

    /// <summary>The file's text as UTF-8 without its byte order mark; a file too long, or not UTF-8, is reported.</summary>
    private static bool IsUtf8Text(SourceFile file, in LentBytes content, DiagnosticBag diagnostics, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (content.FileLength > MaxFileBytes)
        {
            diagnostics.Error(SourceLocation.FileStart(file.DisplayPath), DiagnosticCodes.LimitExceeded,
                $"the file is {content.FileLength / 1024.0:#,0.#} KB; a content file may be at most {MaxFileBytes / 1024} KB",
                "Split it into smaller pages, or check that it is the file you meant to add");
            return false;
        }
        var bytes = content.Bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = bytes;
            return true;
        }
        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var bad = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes[..bad].Count((byte)'\n');
            var column = 1 + (bad - (bytes[..bad].LastIndexOf((byte)'\n') + 1));
            diagnostics.Error(new SourceLocation(file.DisplayPath, line, column), DiagnosticCodes.NotUtf8,
                "the file is not valid UTF-8 text", "Save it as UTF-8 in your editor");
        }
        return false;
    }
}

/// <summary>Splits <c>---</c>-delimited front matter from the Markdown body, keeping line numbers.</summary>
public static class FrontMatterSplitter
{
    public readonly record struct Parts(string FrontMatter, int FrontMatterFirstLine, string Body, int BodyFirstLine);

    /// <summary>Splits UTF-8 text (already checked to be valid); only the two parts are decoded into strings.</summary>
    public static Parts? Split(ReadOnlySpan<byte> text)
    {
        var firstEnd = text.IndexOf((byte)'\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd(" \t\r"u8);
        if (!firstLine.SequenceEqual("---"u8)) return null;

        var position = firstEnd + 1;
        var line = 2;
        while (position <= text.Length && firstEnd >= 0)
        {
            var rest = text[position..];
            var end = rest.IndexOf((byte)'\n');
            var current = (end < 0 ? rest : rest[..end]).TrimEnd(" \t\r"u8);
            if (current.SequenceEqual("---"u8) || current.SequenceEqual("..."u8))
            {
                var frontMatter = Encoding.UTF8.GetString(text[(firstEnd + 1)..position]);
                var body = end < 0 ? "" : Encoding.UTF8.GetString(rest[(end + 1)..]);
                return new Parts(frontMatter, 2, body, line + 1);
            }
            if (end < 0) break;
            position += end + 1;
            line++;
        }
        return null;
    }
}
