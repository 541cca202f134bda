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

    /// <summary>The first entry with this key. A loop, not a query: validation asks this some fifty times a document.</summary>
    public YamlValue? this[string key]
    {
        get
        {
            for (var i = 0; i < Entries.Count; i++)
                if (Entries[i].Key.Value == key) return Entries[i].Value;
            return null;
        }
    }
}

/// <summary>Thrown for YAML the reader refuses, with the position to report.</summary>
public sealed class YamlTreeException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>
/// Reads YAML into a <see cref="YamlValue"/> tree from YamlDotNet's event stream. Aliases point at the anchored
/// node rather than copying it, but every later stage walks the tree as if they were copies, so values are counted
/// that way and capped: an alias bomb, of either the exponential or the quadratic kind, is refused while it is read.
/// Nesting is bounded too.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 32;

    /// <summary>The most values a document may hold, counting each alias as a copy of what it names; real files hold about a hundred.</summary>
    public const int MaxValues = 10_000;

    /// <summary>Reads the first document; <paramref name="lineOffset"/> is added to every line.</summary>
    public static YamlValue? Read(string text, int lineOffset)
    {
        var parser = new Parser(new StringReader(text));
        var reading = new Reading(parser, lineOffset);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadValue(reading, 0);
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
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, instead of with a YamlException, on some unclosed flow collections
            // such as "a: [" followed by "b: c": point at the bracket left open.
            if (reading.OpenFlow.TryPeek(out var open))
                throw new YamlTreeException($"this '{open.Bracket}' is never closed with '{(open.Bracket == '[' ? ']' : '}')}'", open.Line, open.Column);
            throw new YamlTreeException("the YAML cannot be read past this point", reading.LastLine, reading.LastColumn);
        }
    }

    /// <summary>The state of one read: anchors seen so far, with how many values each stands for, and the running count.</summary>
    private sealed class Reading(IParser parser, int lineOffset)
    {
        public IParser Parser { get; } = parser;
        public int LineOffset { get; } = lineOffset;
        public Dictionary<string, (YamlValue Value, long Count)> Anchors { get; } = new(StringComparer.Ordinal);
        public long Values { get; private set; }

        /// <summary>Flow collections (<c>[…]</c>, <c>{…}</c>) opened and not yet closed, innermost on top.</summary>
        public Stack<(char Bracket, int Line, int Column)> OpenFlow { get; } = new();

        public int LastLine { get; set; } = 1;
        public int LastColumn { get; set; } = 1;

        public void Count(long values, int line, int column)
        {
            Values += values;
            if (Values > MaxValues)
                throw new YamlTreeException($"front matter holds more than {MaxValues:#,0} values, counting each alias as a copy of what it names", line, column);
        }

        public void Remember(AnchorName anchor, YamlValue value, long valuesBefore)
        {
            if (!anchor.IsEmpty) Anchors[anchor.Value] = (value, Values - valuesBefore);
        }
    }

    private static YamlValue ReadValue(Reading reading, int depth)
    {
        var parser = reading.Parser;
        var start = parser.Current?.Start ?? Mark.Empty;
        int line = (int)start.Line + reading.LineOffset, column = Math.Max(1, (int)start.Column);
        if (depth > MaxDepth) throw new YamlTreeException($"front matter is nested deeper than {MaxDepth} levels", line, column);
        var before = reading.Values;
        (reading.LastLine, reading.LastColumn) = (Math.Max(1, line), column);

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!reading.Anchors.TryGetValue(alias.Value.Value, out var target))
                throw new YamlTreeException($"alias '*{alias.Value.Value}' names no anchor", line, column);
            reading.Count(target.Count, line, column);
            return target.Value;
        }
        reading.Count(1, line, column);
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            var text = new YamlText(isNull ? "" : scalar.Value, isNull, line, column);
            reading.Remember(scalar.Anchor, text, before);
            return text;
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlValue>();
            if (sequenceStart.Style == SequenceStyle.Flow) reading.OpenFlow.Push(('[', line, column));
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(reading, depth + 1));
            if (sequenceStart.Style == SequenceStyle.Flow) reading.OpenFlow.Pop();
            var list = new YamlList(items, line, column);
            reading.Remember(sequenceStart.Anchor, list, before);
            return list;
        }
        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var entries = new List<YamlEntry>();
            if (mappingStart.Style == MappingStyle.Flow) reading.OpenFlow.Push(('{', line, column));
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadValue(reading, depth + 1);
                var value = ReadValue(reading, depth + 1);
                if (key is not YamlText keyText)
                    throw new YamlTreeException("a key must be plain text", key.Line, key.Column);
                entries.Add(new YamlEntry(keyText, value));
            }
            if (mappingStart.Style == MappingStyle.Flow) reading.OpenFlow.Pop();
            var map = new YamlMap(entries, line, column);
            reading.Remember(mappingStart.Anchor, map, before);
            return map;
        }
        throw new YamlTreeException("unexpected YAML content", line, column);
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
