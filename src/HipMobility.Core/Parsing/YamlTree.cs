using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HipMobility.Parsing;

/// <summary>A raw front-matter value with the file position it came from. Kept apart from the typed model.</summary>
public abstract record YamlValue(int Line, int Column)
{
    public abstract string KindName { get; }
}

public sealed record YamlText(string Value, bool IsNull, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindName => IsNull ? "nothing" : "text";
}

public sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindName => "a list";
}

public sealed record YamlEntry(YamlText Key, YamlValue Value);

/// <summary>A mapping; duplicate keys are kept so the validator can report them with their line.</summary>
public sealed record YamlMap(IReadOnlyList<YamlEntry> Entries, int Line, int Column) : YamlValue(Line, Column)
{
    public override string KindName => "a mapping";

    public YamlValue? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}

/// <summary>Thrown for YAML the reader refuses, with the position to report.</summary>
public sealed class YamlTreeException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>
/// Reads YAML into a <see cref="YamlValue"/> tree from YamlDotNet's event stream. Aliases point at the anchored
/// node rather than copying it, so an alias bomb costs nothing; nesting is bounded.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 32;

    /// <summary>Reads the first document; <paramref name="lineOffset"/> is added to every line.</summary>
    public static YamlValue? Read(string text, int lineOffset)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadValue(parser, anchors, lineOffset, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var at = parser.Current?.Start ?? Mark.Empty;
                throw new YamlTreeException("front matter holds more than one YAML document", (int)at.Line + lineOffset, (int)at.Column);
            }
            return root;
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            throw new YamlTreeException(Clean(message), (int)e.Start.Line + lineOffset, Math.Max(1, (int)e.Start.Column));
        }
    }

    private static YamlValue ReadValue(IParser parser, Dictionary<string, YamlValue> anchors, int lineOffset, int depth)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        int line = (int)start.Line + lineOffset, column = (int)start.Column;
        if (depth > MaxDepth) throw new YamlTreeException($"front matter is nested deeper than {MaxDepth} levels", line, column);

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlTreeException($"alias '*{alias.Value.Value}' names no anchor", line, column);
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            var text = new YamlText(isNull ? "" : scalar.Value, isNull, line, column);
            Remember(anchors, scalar.Anchor, text);
            return text;
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(parser, anchors, lineOffset, depth + 1));
            var list = new YamlList(items, line, column);
            Remember(anchors, sequenceStart.Anchor, list);
            return list;
        }
        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var entries = new List<YamlEntry>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadValue(parser, anchors, lineOffset, depth + 1);
                var value = ReadValue(parser, anchors, lineOffset, depth + 1);
                if (key is not YamlText keyText)
                    throw new YamlTreeException("a key must be plain text", key.Line, key.Column);
                entries.Add(new YamlEntry(keyText, value));
            }
            var map = new YamlMap(entries, line, column);
            Remember(anchors, mappingStart.Anchor, map);
            return map;
        }
        throw new YamlTreeException("unexpected YAML content", line, column);
    }

    private static void Remember(Dictionary<string, YamlValue> anchors, AnchorName anchor, YamlValue value)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = value;
    }

    // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...)": the position is reported separately.
    private static string Clean(string message)
    {
        var text = message;
        while (text.StartsWith('('))
        {
            var close = text.IndexOf(')');
            if (close < 0) break;
            text = text[(close + 1)..].TrimStart(' ', '-', ':');
        }
        return text.Length == 0 ? message : char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.');
    }
}
