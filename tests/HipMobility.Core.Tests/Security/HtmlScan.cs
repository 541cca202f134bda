using System.Net;
using System.Text;

namespace HipMobility.Tests.Security;

/// <summary>
/// Reads the elements and attributes of a built page the way a browser's tokenizer would, closely enough to tell
/// markup from escaped text: quoted attribute values are skipped whole, '/' separates attributes, comments and the
/// contents of script and style elements are not markup.
/// </summary>
public static class HtmlScan
{
    public sealed record Element(string Name, IReadOnlyList<(string Name, string Value)> Attributes, string Text)
    {
        public string? this[string attribute] =>
            Attributes.FirstOrDefault(a => a.Name.Equals(attribute, StringComparison.OrdinalIgnoreCase)).Value;
    }

    public static IReadOnlyList<Element> Elements(string html)
    {
        var elements = new List<Element>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
            {
                i++;
                continue;
            }
            var p = i + 1;
            var name = ReadWhile(html, ref p, c => !char.IsWhiteSpace(c) && c is not ('/' or '>')).ToLowerInvariant();
            var attributes = new List<(string, string)>();
            while (p < html.Length && html[p] != '>')
            {
                if (char.IsWhiteSpace(html[p]) || html[p] == '/')
                {
                    p++;
                    continue;
                }
                var attribute = ReadWhile(html, ref p, c => !char.IsWhiteSpace(c) && c is not ('/' or '>' or '='));
                if (attribute.Length == 0) attribute = html[p++].ToString();
                var value = "";
                while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                if (p < html.Length && html[p] == '=')
                {
                    p++;
                    while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                    if (p < html.Length && html[p] is '"' or '\'')
                    {
                        var quote = html[p];
                        var close = html.IndexOf(quote, p + 1);
                        close = close < 0 ? html.Length : close;
                        value = html[(p + 1)..close];
                        p = Math.Min(html.Length, close + 1);
                    }
                    else value = ReadWhile(html, ref p, c => !char.IsWhiteSpace(c) && c != '>');
                }
                attributes.Add((attribute.ToLowerInvariant(), WebUtility.HtmlDecode(value)));
            }
            p = Math.Min(html.Length, p + 1);
            var text = "";
            if (name is "script" or "style")
            {
                var end = html.IndexOf("</" + name, p, StringComparison.OrdinalIgnoreCase);
                end = end < 0 ? html.Length : end;
                text = html[p..end];
                p = end;
            }
            elements.Add(new Element(name, attributes, text));
            i = p;
        }
        return elements;
    }

    /// <summary>A URL as a browser reads it: entities decoded, white space and control characters dropped, lower case.</summary>
    public static string Normalised(string url)
    {
        var text = new StringBuilder();
        foreach (var c in url) if (c > ' ') text.Append(char.ToLowerInvariant(c));
        return text.ToString();
    }

    public static bool RunsScript(string url) =>
        Normalised(url) is var u && (u.StartsWith("javascript:", StringComparison.Ordinal) || u.StartsWith("vbscript:", StringComparison.Ordinal)
            || u.StartsWith("data:text", StringComparison.Ordinal) || u.StartsWith("data:application", StringComparison.Ordinal));

    private static string ReadWhile(string html, ref int p, Func<char, bool> keep)
    {
        var start = p;
        while (p < html.Length && keep(html[p])) p++;
        return html[start..p];
    }
}
