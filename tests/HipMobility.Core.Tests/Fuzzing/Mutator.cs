using System.Text;
using HipMobility.Schema;

namespace HipMobility.Tests.Fuzzing;

/// <summary>
/// Turns a real content file into hostile input: byte flips, truncation, random YAML, deep nesting, huge lines,
/// invalid UTF-8, byte order marks, CRLF, tabs, duplicate keys, anchors, aliases and alias bombs. Every mutation is a
/// pure function of the <see cref="Random"/> it is given, so a case is replayed from its seed alone.
/// </summary>
public static class Mutator
{
    public sealed record Mutation(string Name, Func<Random, byte[], byte[]> Apply);

    public static readonly IReadOnlyList<Mutation> All =
    [
        new("flip-bits", FlipBits),
        new("random-bytes", RandomBytes),
        new("insert-bytes", InsertBytes),
        new("delete-range", DeleteRange),
        new("duplicate-range", DuplicateRange),
        new("truncate", Truncate),
        new("invalid-utf8", InvalidUtf8),
        new("bom", Bom),
        new("line-ends", LineEnds),
        new("tabs", Tabs),
        new("nul", Nul),
        new("swap-lines", Text(SwapLines)),
        new("duplicate-line", Text(DuplicateLine)),
        new("delete-line", Text(DeleteLine)),
        new("indent", Text(Indent)),
        new("duplicate-key", Text(DuplicateKey)),
        new("replace-value", Text(ReplaceValue)),
        new("replace-value", Text(ReplaceValue)),
        new("replace-value", Text(ReplaceValue)),
        new("replace-key", Text(ReplaceKey)),
        new("delimiters", Text(Delimiters)),
        new("random-yaml", Text(RandomYaml)),
        new("random-yaml", Text(RandomYaml)),
        new("anchors", Text(Anchors)),
        new("alias-bomb", Text(AliasBomb)),
        new("deep-yaml", Text(DeepYaml)),
        new("deep-markdown", Text(DeepMarkdown)),
        new("huge-line", Text(HugeLine)),
        new("repeated-headings", Text(RepeatedHeadings)),
        new("hostile-text", Text(HostileText)),
        new("hostile-text", Text(HostileText)),
        new("cross-links", Text(CrossLinks)),
        new("markdown-soup", Text(MarkdownSoup)),
        new("unicode", Text(UnicodeText)),
        new("empty", (_, _) => []),
    ];

    /// <summary>Applies one to three mutations; returns the bytes and the names applied, in order.</summary>
    public static (byte[] Bytes, string Description) Mutate(Random random, byte[] original)
    {
        var bytes = original;
        var names = new List<string>();
        var count = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        for (var i = 0; i < count; i++)
        {
            var mutation = All[random.Next(All.Count)];
            bytes = mutation.Apply(random, bytes);
            names.Add(mutation.Name);
        }
        return (bytes, string.Join("+", names));
    }

    // ---- bytes ----

    private static byte[] FlipBits(Random r, byte[] b)
    {
        if (b.Length == 0) return b;
        var copy = (byte[])b.Clone();
        for (var i = r.Next(1, 9); i > 0; i--) copy[r.Next(copy.Length)] ^= (byte)(1 << r.Next(8));
        return copy;
    }

    private static byte[] RandomBytes(Random r, byte[] b)
    {
        if (b.Length == 0) return b;
        var copy = (byte[])b.Clone();
        for (var i = r.Next(1, 9); i > 0; i--) copy[r.Next(copy.Length)] = (byte)r.Next(256);
        return copy;
    }

    private static byte[] InsertBytes(Random r, byte[] b)
    {
        var insert = new byte[r.Next(1, 17)];
        r.NextBytes(insert);
        return Splice(b, r.Next(b.Length + 1), 0, insert);
    }

    private static byte[] DeleteRange(Random r, byte[] b)
    {
        if (b.Length == 0) return b;
        var start = r.Next(b.Length);
        return Splice(b, start, r.Next(1, Math.Max(2, (b.Length - start) / 4 + 1)), []);
    }

    private static byte[] DuplicateRange(Random r, byte[] b)
    {
        if (b.Length == 0) return b;
        var start = r.Next(b.Length);
        var length = Math.Min(b.Length - start, r.Next(1, 400));
        return Splice(b, r.Next(b.Length + 1), 0, b.AsSpan(start, length).ToArray());
    }

    private static byte[] Truncate(Random r, byte[] b) => b.Length == 0 ? b : b[..r.Next(b.Length)];

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xFE], [0xC3], [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    private static byte[] InvalidUtf8(Random r, byte[] b)
    {
        var bad = BadUtf8[r.Next(BadUtf8.Length)];
        var at = r.Next(3) == 0 ? b.Length : r.Next(b.Length + 1);
        return Splice(b, at, 0, bad);
    }

    private static readonly byte[][] Boms = [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB], [0x00, 0x00, 0xFE, 0xFF]];

    private static byte[] Bom(Random r, byte[] b)
    {
        var bom = Boms[r.Next(Boms.Length)];
        return Splice(b, r.Next(4) == 0 ? r.Next(b.Length + 1) : 0, 0, bom);
    }

    private static byte[] LineEnds(Random r, byte[] b)
    {
        var text = Encoding.UTF8.GetString(b).Replace("\r\n", "\n");
        text = r.Next(4) switch
        {
            0 => text.Replace("\n", "\r\n"),
            1 => text.Replace("\n", "\r"),
            2 => string.Concat(text.Split('\n').Select((line, i) => line + (i % 2 == 0 ? "\r\n" : "\n"))),
            _ => text.Replace("\n", "\u2028"),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] Tabs(Random r, byte[] b)
    {
        var text = Encoding.UTF8.GetString(b);
        text = r.Next(3) switch
        {
            0 => text.Replace("\n  ", "\n\t"),
            1 => text.Replace(": ", ":\t"),
            _ => text.Replace("\n- ", "\n\t- ").Replace("\n  - ", "\n\t- "),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] Nul(Random r, byte[] b) => Splice(b, r.Next(b.Length + 1), 0, r.Next(2) == 0 ? [0] : [0, 0, 0, 0]);

    private static byte[] Splice(byte[] b, int at, int remove, byte[] insert)
    {
        at = Math.Clamp(at, 0, b.Length);
        remove = Math.Clamp(remove, 0, b.Length - at);
        var result = new byte[b.Length - remove + insert.Length];
        b.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        b.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    // ---- text ----

    private static Func<Random, byte[], byte[]> Text(Func<Random, List<string>, List<string>> edit) => (r, b) =>
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        return Encoding.UTF8.GetBytes(string.Join('\n', edit(r, lines)));
    };

    /// <summary>Index of the closing <c>---</c> line, or the line count when there is none.</summary>
    private static int FrontMatterEnd(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++) if (lines[i].TrimEnd('\r') == "---") return i;
        return lines.Count;
    }

    private static int FrontMatterLine(Random r, List<string> lines) => 1 + r.Next(Math.Max(1, FrontMatterEnd(lines) - 1));

    private static int BodyLine(Random r, List<string> lines)
    {
        var start = Math.Min(lines.Count, FrontMatterEnd(lines) + 1);
        return start + r.Next(Math.Max(1, lines.Count - start + 1));
    }

    private static int AnyLine(Random r, List<string> lines) => r.Next(lines.Count + 1);

    private static List<string> Insert(List<string> lines, int at, params string[] inserted)
    {
        lines.InsertRange(Math.Clamp(at, 0, lines.Count), inserted);
        return lines;
    }

    private static List<string> SwapLines(Random r, List<string> lines)
    {
        if (lines.Count < 2) return lines;
        int a = r.Next(lines.Count), c = r.Next(lines.Count);
        (lines[a], lines[c]) = (lines[c], lines[a]);
        return lines;
    }

    private static List<string> DuplicateLine(Random r, List<string> lines)
    {
        if (lines.Count == 0) return lines;
        var i = r.Next(3) == 0 ? r.Next(lines.Count) : Math.Min(lines.Count - 1, FrontMatterLine(r, lines));
        return Insert(lines, r.Next(lines.Count + 1), lines[i]);
    }

    private static List<string> DeleteLine(Random r, List<string> lines)
    {
        if (lines.Count > 0) lines.RemoveAt(r.Next(lines.Count));
        return lines;
    }

    private static List<string> Indent(Random r, List<string> lines)
    {
        if (lines.Count == 0) return lines;
        var i = FrontMatterLine(r, lines);
        if (i >= lines.Count) return lines;
        lines[i] = r.Next(2) == 0 ? new string(' ', r.Next(1, 9)) + lines[i] : lines[i].TrimStart();
        return lines;
    }

    private static List<string> DuplicateKey(Random r, List<string> lines)
    {
        var keys = Enumerable.Range(1, Math.Max(0, FrontMatterEnd(lines) - 1)).Where(i => i < lines.Count && KeyOf(lines[i]) is not null).ToList();
        if (keys.Count == 0) return lines;
        var line = lines[keys[r.Next(keys.Count)]];
        return Insert(lines, FrontMatterLine(r, lines), $"{line[..line.IndexOf(':')]}: {Pick(r, Values)}");
    }

    private static string? KeyOf(string line)
    {
        var colon = line.IndexOf(':');
        return colon > 0 && !line.TrimStart().StartsWith('-') && !line.StartsWith(' ') ? line[..colon] : null;
    }

    private static List<string> ReplaceValue(Random r, List<string> lines)
    {
        var end = FrontMatterEnd(lines);
        var candidates = Enumerable.Range(1, Math.Max(0, end - 1)).Where(i => i < lines.Count && lines[i].Contains(':')).ToList();
        if (candidates.Count == 0) return lines;
        var i = candidates[r.Next(candidates.Count)];
        var colon = lines[i].IndexOf(':');
        lines[i] = lines[i][..(colon + 1)] + " " + (r.Next(4) == 0 ? RandomScalar(r) : Pick(r, Values));
        return lines;
    }

    private static List<string> ReplaceKey(Random r, List<string> lines)
    {
        var end = FrontMatterEnd(lines);
        var candidates = Enumerable.Range(1, Math.Max(0, end - 1)).Where(i => i < lines.Count && lines[i].Contains(':')).ToList();
        if (candidates.Count == 0) return lines;
        var i = candidates[r.Next(candidates.Count)];
        var colon = lines[i].IndexOf(':');
        var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
        lines[i] = indent + Pick(r, Keys) + lines[i][colon..];
        return lines;
    }

    private static List<string> Delimiters(Random r, List<string> lines)
    {
        switch (r.Next(5))
        {
            case 0 when lines.Count > 0: lines.RemoveAt(0); break;
            case 1: var end = FrontMatterEnd(lines); if (end < lines.Count) lines.RemoveAt(end); break;
            case 2: lines.Insert(FrontMatterLine(r, lines), "---"); break;
            case 3: var e = FrontMatterEnd(lines); if (e < lines.Count) lines[e] = "..."; break;
            default: lines.Insert(0, Pick(r, ["---", "--- ", "---\r", "----", " ---", "+++", "---x"])); break;
        }
        return lines;
    }

    // ---- YAML ----

    private static readonly string[] Keys =
    [
        .. ContentSchemas.Pose.Names, .. ContentSchemas.Muscle.Names, .. ContentSchemas.Routine.Names, .. ContentSchemas.Page.Names,
        "stretched", "strengthened", "stabilising", "pose", "variant", "note", "name",
        "Title", "TITLE", "muscle", "tittle", "", "\"quoted\"", "'single'", "? complex", "[a]", "{a: b}", "&k title", "*k", "!tag title",
        "<<", "- title", "a b", "ключ", "😀", "title ", " title", "__proto__", "constructor",
    ];

    /// <summary>Values written raw after <c>key: </c>: YAML syntax edge cases, hostile text, limits, near-misses.</summary>
    public static readonly string[] Values =
    [
        "", "''", "\"\"", "\" \"", "'   '", "\"\\t\"", "~", "null", "NULL", "[]", "{}", "[a, b]", "[[a]]", "{a: 1}", "- x", "|", ">-", "|+",
        "&a x", "*a", "*nope", "&a [x, *a]", "!!binary aGk=", "!!map {}", "!custom x", "!!int 3", "!!float .nan", "? x", "x: y", "[", "]", "{", "}",
        "'unterminated", "\"unterminated", "\"\\u0000\"", "\"\\uD800\"", "\"\\U0010FFFF\"", "\"\\x\"", "@x", "`x`", "%x", "---", "...", "#", "x #y",
        "0x1F", "1e999", "-", "- - -", "<<: *a", "=", "!", "&", "*", ",", "\"a\" b", "'a''b'",
        "٣٠s", "３０s", "𝟑𝟎s", "٣", "１０", "30s", "1 min", "0s", "3601s", "9999999999s", "30-60s", "60-30s", "30–60s", "5 breaths",
        "8-10", "10-8", "0", "-1", "501", "99999999999999999999", "1.5", "true", "yes", "no", "on",
        "kneeling", "KNEELING", "kneelng", "each", "both", "gentle", "intense", "front", "deep", "bed", "beginner",
        "[hip-flexion, hip-flexion]", "[block, nope]", "[pigeon, pigeon]", "[figure-four]", "[pigeon]", "[nope]", "[hip-flexors]",
        "[deep-hip-rotators, nope]", "{stretched: []}", "{stretched: [nope]}", "{stretched: hip-flexors}", "{nope: [hip-flexors]}",
        "[{pose: pigeon}]", "[{pose: nope}]", "[{pose: pigeon, variant: nope}]", "[{pose: pigeon, hold: ٣٠s}]", "[x, {a: b}]",
        "[{id: a, name: A, position: chair, intensity: gentle, cue: C}, {id: a, name: B, position: chair, intensity: gentle, cue: C}]",
        "[{id: a, name: A, position: chair, intensity: intense, cue: C}, {id: b, name: B, position: chair, intensity: gentle, cue: C}]",
        "../../etc/passwd", "..\\..\\x", "/abs/path", "C:\\x", "con", "CON", "nul", "aux", "com1", "lpt9", "assets", "pagefind", "index",
        "a b", "a--b", "-a", "a-", new string('x', 81), new string('x', 80), "pigeon", "figure-four", "happy-baby",
        "[/poses/pigeon/]", "[/404.html]", "[/./x/]", "[/x/../y/]", "[//evil.example/]", "[/con/]", "[/a b/]", "[/sitemap.xml]", "[/index.html]",
        "[/assets/]", "[/]", "[/x?y]", "[/x#y]", "[\\x\\]", "[/x\\y/]", "[/robots.txt]", "[/_redirects]", "[/poses/]", "[/x.html]", "[/C:/x/]",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "javascript:alert(1)", "{{title}}",
        "\"{{{x}}}\"", "\"</script><script>alert(1)</script>\"", "\u202Eevil", "\u200B", "\u0301", "😀", "\uFEFFx", "\"\\u0085\"",
    ];

    private static string Pick(Random r, IReadOnlyList<string> from) => from[r.Next(from.Count)];

    private static int PickNumber(Random r, IReadOnlyList<int> from) => from[r.Next(from.Count)];

    private static string RandomScalar(Random r)
    {
        const string alphabet = "abcxyz0123456789 -_:#&*!|>'\"%@`{}[],?\\/.<>=~\t";
        var length = r.Next(0, 24);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[r.Next(alphabet.Length)];
        return new string(chars);
    }

    /// <summary>Replaces the front matter with a random YAML document built from schema keys and hostile values.</summary>
    private static List<string> RandomYaml(Random r, List<string> lines)
    {
        var end = FrontMatterEnd(lines);
        var yaml = new StringBuilder();
        var anchors = new List<string>();
        var fields = r.Next(1, 20);
        for (var i = 0; i < fields; i++)
        {
            yaml.Append(r.Next(10) == 0 ? Pick(r, Keys) : Pick(r, ContentSchemas.Pose.Names.Concat(ContentSchemas.Routine.Names).ToList())).Append(':');
            AppendValue(r, yaml, 1, anchors);
            yaml.Append('\n');
        }
        var body = lines.Skip(Math.Min(lines.Count, end + 1));
        return ["---", .. yaml.ToString().TrimEnd('\n').Split('\n'), "---", .. body];
    }

    private static void AppendValue(Random r, StringBuilder yaml, int depth, List<string> anchors)
    {
        var anchor = r.Next(8) == 0 ? $"&n{anchors.Count} " : "";
        if (anchor.Length > 0) anchors.Add(anchor[1..^1]);
        switch (depth > 3 ? 0 : r.Next(6))
        {
            case 0:
            case 1:
                yaml.Append(' ').Append(anchor).Append(r.Next(3) == 0 ? RandomScalar(r) : Pick(r, Values));
                break;
            case 2:
                yaml.Append(' ').Append(anchors.Count > 0 && r.Next(2) == 0 ? "*" + Pick(r, anchors) : anchor + "[]");
                break;
            case 3:
                yaml.Append(' ').Append(anchor).Append('[');
                for (var i = r.Next(0, 5); i > 0; i--) yaml.Append(r.Next(3) == 0 ? RandomScalar(r).Replace(",", "").Replace("]", "") : Pick(r, Values)).Append(i > 1 ? ", " : "");
                yaml.Append(']');
                break;
            case 4:
                yaml.Append(' ').Append(anchor.TrimEnd());
                for (var i = r.Next(1, 5); i > 0; i--)
                {
                    yaml.Append('\n').Append(new string(' ', depth * 2)).Append('-');
                    AppendValue(r, yaml, depth + 1, anchors);
                }
                break;
            default:
                yaml.Append(' ').Append(anchor.TrimEnd());
                for (var i = r.Next(1, 5); i > 0; i--)
                {
                    yaml.Append('\n').Append(new string(' ', depth * 2)).Append(Pick(r, Keys.Take(60).ToList())).Append(':');
                    AppendValue(r, yaml, depth + 1, anchors);
                }
                break;
        }
    }

    private static List<string> Anchors(Random r, List<string> lines)
    {
        var end = FrontMatterEnd(lines);
        var candidates = Enumerable.Range(1, Math.Max(0, end - 1)).Where(i => i < lines.Count && lines[i].Contains(": ")).ToList();
        if (candidates.Count < 2) return lines;
        int a = candidates[r.Next(candidates.Count)], b = candidates[r.Next(candidates.Count)];
        var colonA = lines[a].IndexOf(": ");
        lines[a] = lines[a][..(colonA + 2)] + "&x " + lines[a][(colonA + 2)..];
        var colonB = lines[b].IndexOf(": ");
        lines[b] = lines[b][..(colonB + 2)] + Pick(r, ["*x", "*x", "*y", "[*x, *x]", "{<<: *x}", "&x *x"]);
        return lines;
    }

    /// <summary>Billion laughs, and the quadratic kind: a list of aliases to a mapping that holds a long invalid list.</summary>
    public static List<string> AliasBomb(Random r, List<string> lines)
    {
        var bomb = new List<string>();
        switch (r.Next(3))
        {
            case 0:
                bomb.Add("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]");
                for (var i = 1; i < 10; i++) bomb.Add($"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]");
                bomb.Add($"aliases: *l9");
                break;
            case 1:
                var n = r.Next(100, 3000);
                bomb.Add($"zz: &p [{string.Join(",", Enumerable.Repeat("q", n))}]");
                bomb.Add("zy: &v {id: a, name: A, position: nope, intensity: nope, props: *p, cue: C}");
                bomb.Add($"variants: [{string.Join(",", Enumerable.Repeat("*v", n))}]");
                break;
            default:
                var m = r.Next(100, 3000);
                bomb.Add($"zz: &s {{pose: nope, variant: nope, hold: nope, reps: nope, sides: nope, note: [{string.Join(",", Enumerable.Repeat("q", m))}]}}");
                bomb.Add($"steps: [{string.Join(",", Enumerable.Repeat("*s", m))}]");
                bomb.Add($"movements: [{string.Join(",", Enumerable.Repeat("*s", m))}]");
                break;
        }
        return Insert(lines, FrontMatterLine(r, lines), [.. bomb]);
    }

    private static List<string> DeepYaml(Random r, List<string> lines)
    {
        var depth = PickNumber(r, [8, 30, 31, 32, 33, 34, 100, 1000, 20000]);
        var value = r.Next(4) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
            2 => new string('[', depth),
            _ => "\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 3000)).Select(i => new string(' ', i) + "a:\n")) + new string(' ', Math.Min(depth, 3000) + 1) + "x",
        };
        return Insert(lines, FrontMatterLine(r, lines), $"{Pick(r, Keys.Take(20).ToList())}: {value}");
    }

    // ---- Markdown ----

    private static List<string> DeepMarkdown(Random r, List<string> lines)
    {
        var depth = PickNumber(r, [10, 32, 33, 64, 127, 128, 129, 500, 2000, 5000]);
        // Markdig's inline parser takes time quadratic in bracket and emphasis nesting; deep runs of those are kept to a
        // size that still passes its limits, block nesting goes far beyond them.
        var inline = Math.Min(depth, 600);
        var text = r.Next(10) switch
        {
            0 => new string('>', depth) + " deep",
            1 => string.Join('\n', Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i * 2) + "- x")),
            2 => string.Concat(Enumerable.Repeat("- ", depth)) + "x",
            3 => string.Concat(Enumerable.Repeat("1. ", depth)) + "x",
            4 => new string('*', inline) + "x" + new string('*', inline),
            5 => new string('[', inline) + "x" + new string(']', inline),
            6 => string.Concat(Enumerable.Repeat("[[", inline)) + "pigeon" + string.Concat(Enumerable.Repeat("]]", inline)),
            7 => string.Concat(Enumerable.Repeat("![", inline)) + string.Concat(Enumerable.Repeat("](/x)", inline)),
            8 => string.Concat(Enumerable.Repeat("> - ", depth)) + "x",
            _ => string.Concat(Enumerable.Repeat("*a **a _a [a ", inline / 4 + 1)),
        };
        return Insert(lines, BodyLine(r, lines), text.Split('\n'));
    }

    private static List<string> HugeLine(Random r, List<string> lines)
    {
        var length = r.Next(3) == 0 ? r.Next(100_000, 2_000_000) : r.Next(1_000, 100_000);
        var alphabet = Pick(r, ["a", "ab c", "[]", "*_", "|-", "`", "<a&", "#", "x\u0301😀", "[[a]] ", ":- ", "\\", "\t "]);
        var builder = new StringBuilder(length + alphabet.Length);
        while (builder.Length < length) builder.Append(r.Next(4) == 0 ? alphabet[r.Next(alphabet.Length)] : alphabet[0]);
        var line = builder.ToString();
        return r.Next(2) == 0
            ? Insert(lines, FrontMatterLine(r, lines), $"{Pick(r, Keys.Take(20).ToList())}: {line}")
            : Insert(lines, BodyLine(r, lines), line);
    }

    private static List<string> RepeatedHeadings(Random r, List<string> lines)
    {
        var count = r.Next(3) == 0 ? r.Next(2_000, 30_000) : r.Next(10, 2_000);
        var heading = Pick(r, ["## Breathing", "# x", "### ", "#", "## [[pigeon]]", "x\n==="]);
        return Insert(lines, BodyLine(r, lines), string.Join('\n', Enumerable.Repeat(heading, count)).Split('\n'));
    }

    /// <summary>Script, event handlers, dangerous URLs and raw HTML, for front matter values and the body.</summary>
    public static readonly string[] HostileSnippets =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>", "<style>body{display:none}</style>",
        "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
        "[x](java&#115;cript:alert(1))", "[x](javascript&colon;alert(1))", "[x](<java\tscript:alert(1)>)", "![x](javascript:alert(1))",
        "<javascript:alert(1)>", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
        "[x]: javascript:alert(1)\n\n[x]", "[x](/ok \"t\\\" onmouseover=alert(1)\")", "```\"><script>alert(1)</script>\nx\n```",
        "# \"><script>alert(1)</script>", "<!-- x --><script>alert(1)</script>", "<!--", "-->", "<![CDATA[x]]>", "<?php x ?>",
        "&lt;script&gt;", "&#60;script&#62;", "\"><img src=x onerror=alert(1)>", "'><svg/onload=alert(1)>", "{{title}}", "{{{BodyHtml}}}",
        "</script><script>alert(1)</script>", "<details open ontoggle=alert(1)>", "<math><mi xlink:href=\"javascript:alert(1)\">",
        "<a href=\"&#x6a;avascript:alert(1)\">x</a>", "<base href=\"https://evil.example/\">", "<meta http-equiv=refresh content=0;url=x>",
    ];

    private static List<string> HostileText(Random r, List<string> lines)
    {
        var snippet = Pick(r, HostileSnippets);
        if (r.Next(2) == 0) return Insert(lines, BodyLine(r, lines), snippet.Split('\n'));
        var end = FrontMatterEnd(lines);
        var candidates = Enumerable.Range(1, Math.Max(0, end - 1)).Where(i => i < lines.Count && lines[i].Contains(": ")).ToList();
        if (candidates.Count == 0) return lines;
        var i = candidates[r.Next(candidates.Count)];
        var colon = lines[i].IndexOf(": ");
        lines[i] = lines[i][..(colon + 2)] + (r.Next(2) == 0 ? "'" + snippet.Replace("'", "''").Replace("\n", " ") + "'" : snippet.Replace("\n", " "));
        return lines;
    }

    private static List<string> CrossLinks(Random r, List<string> lines)
    {
        var link = Pick(r,
        [
            "[[pigeon]]", "[[pigeon#modified]]", "[[pigeon#nope]]", "[[nope]]", "[[../../etc/passwd]]", "[[..\\..\\x]]", "[[/etc/passwd]]", "[[con]]",
            "[[pigeon#\"><script>alert(1)</script>]]", "[[pigeon|<script>alert(1)</script>]]", "[[hip-flexors#\"onmouseover=\"alert(1)]]",
            "[[four-poses-in-bed#x\" y]]", "[[]]", "[[|]]", "[[#]]", "[[ ]]", "[[a\n]]", "[[[a]]]", "[[a]b]]", "[[a|b|c]]", "[[", "]]", "[[a", "[[pigeon]",
            "[[PIGEON]]", "[[pigeon ]]", "[[ pigeon]]", "[[pigeon#]]", "[[#modified]]", "\\[[pigeon]]", "`[[pigeon]]`",
        ]);
        return Insert(lines, BodyLine(r, lines), link.Split('\n'));
    }

    private static List<string> MarkdownSoup(Random r, List<string> lines)
    {
        string[] pieces =
        [
            "# ", "## ", "> ", "- ", "1. ", "* ", "```", "~~~", "    ", "|a|b|\n|-|-|\n|c|d|", "***", "---", "___", "[a](/b)", "![a](/b.png)", "<http://x>",
            "[a]: /b", "[a]", "`code`", "**b**", "_i_", "\\", "&amp;", "&#0;", "&#x110000;", "&nosuch;", "<div>", "</div>", "<!-- c -->", "\n", "\n\n",
            "[[pigeon]]", "a  \nb", "\t", "=", "+ ", "[^1]", "$$", "~~s~~", "<b>", "|", ":---:", "1) ",
        ];
        var text = new StringBuilder();
        for (var i = r.Next(1, 60); i > 0; i--) text.Append(Pick(r, pieces)).Append(r.Next(3) == 0 ? "x" : "");
        return Insert(lines, BodyLine(r, lines), text.ToString().Split('\n'));
    }

    private static List<string> UnicodeText(Random r, List<string> lines)
    {
        var weird = Pick(r, ["\u202E", "\u200B", "\u200D", "\u0301\u0301\u0301", "😀", "👩‍👩‍👧", "\uFEFF", "\u2028", "\u0085", "\u00A0", "\u3000", "٣٠", "Ａ", "ǅ", "İ", "ß", "\uFFFD", "\uFFFF", "\u0007", "\u001B[31m"]);
        var i = AnyLine(r, lines);
        if (i >= lines.Count) return Insert(lines, i, weird);
        var at = r.Next(lines[i].Length + 1);
        lines[i] = lines[i][..at] + weird + lines[i][at..];
        return lines;
    }
}
