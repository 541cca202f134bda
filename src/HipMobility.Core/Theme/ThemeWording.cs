using System.Globalization;
using System.Text;
using HipMobility.Diagnostics;
using HipMobility.Parsing;

namespace HipMobility.Theme;

/// <summary>
/// The words the generator puts on pages (<c>theme/wording.yml</c>): index titles and intros, the headings it makes,
/// the safety line. They belong to the theme, so a designer changes them without touching C#. Strict, like the
/// templates: an entry the generator asks for and the file lacks, or a <c>{name}</c> it does not fill, is a theme error.
/// </summary>
public sealed class ThemeWording
{
    public const string FileName = "wording.yml";

    private readonly Dictionary<string, (string Text, SourceLocation At)> _entries = new(StringComparer.Ordinal);
    private readonly string _path;

    private ThemeWording(string path) => _path = path;

    /// <summary>Reads the wording file's text (<paramref name="path"/> is what errors print, e.g. <c>theme/wording.yml</c>).</summary>
    public static ThemeWording Parse(string path, string? text)
    {
        var wording = new ThemeWording(path);
        if (text is null) return wording;
        YamlValue? root;
        try
        {
            root = YamlTreeReader.Read(text, 0);
        }
        catch (YamlTreeException e)
        {
            throw new ThemeException(new SourceLocation(path, e.Line, e.Column), DiagnosticCodes.ThemeSyntax, $"the wording is not valid YAML: {e.Message}");
        }
        if (root is YamlMap map) wording.Add("", map);
        else if (root is not null) throw new ThemeException(new SourceLocation(path, root.Line, root.Column), DiagnosticCodes.ThemeSyntax, "the wording must be 'name: text' entries");
        return wording;
    }

    private void Add(string prefix, YamlMap map)
    {
        foreach (var entry in map.Entries)
        {
            var key = prefix + entry.Key.Value;
            switch (entry.Value)
            {
                case YamlMap inner: Add(key + ".", inner); break;
                case YamlText { IsNull: false } text: _entries[key] = (text.Value, new SourceLocation(_path, text.Line, text.Column)); break;
                default:
                    throw new ThemeException(new SourceLocation(_path, entry.Value.Line, entry.Value.Column), DiagnosticCodes.ThemeSyntax,
                        $"'{key}' must be a line of text, not {entry.Value.KindName}");
            }
        }
    }

    /// <summary>The text of an entry, e.g. <c>poses_index.title</c>.</summary>
    public string this[string key] => Format(key);

    /// <summary>The text of an entry with each <c>{name}</c> replaced by its value.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, object Value)> values)
    {
        if (!_entries.TryGetValue(key, out var entry))
            throw new ThemeException(SourceLocation.FileStart(_path), DiagnosticCodes.ThemeMissingFile, $"the wording has no entry '{key}'",
                NearestName.Hint(key, _entries.Keys) ?? $"Add '{key.Split('.')[^1]}:' under '{string.Join(".", key.Split('.')[..^1])}' with the words to show");
        var text = entry.Text;
        var open = text.IndexOf('{');
        if (open < 0) return text;
        var result = new StringBuilder(text.Length + 16);
        var done = 0;
        for (; open >= 0; open = text.IndexOf('{', done))
        {
            var close = text.IndexOf('}', open);
            if (close < 0) break;
            var name = text[(open + 1)..close];
            var found = false;
            foreach (var (n, v) in values)
            {
                if (n != name) continue;
                result.Append(text, done, open - done).Append(Convert.ToString(v, CultureInfo.InvariantCulture));
                found = true;
                break;
            }
            if (!found)
            {
                var offered = new List<string>();
                foreach (var (n, _) in values) offered.Add("{" + n + "}");
                throw new ThemeException(entry.At, DiagnosticCodes.ThemeUnknownName, $"'{key}' asks for '{{{name}}}', which the generator does not fill here",
                    offered.Count == 0 ? "This entry takes no values: write it as plain text" : $"It can use {string.Join(", ", offered)}");
            }
            done = close + 1;
        }
        return result.Append(text, done, text.Length - done).ToString();
    }
}
