using System.Globalization;
using System.Text;

namespace HipMobility.Text;

/// <summary>The one HTML escaper of the generator, for text and for URLs in quoted attributes.</summary>
public static class HtmlText
{
    /// <summary>Text escaped for HTML text and quoted attributes (the characters that matter there, as Markdig escapes them).</summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
        return html;
    }

    /// <summary>
    /// A URL for a quoted attribute: characters a URL may hold stay (<c>&amp;</c> as an entity), anything else is
    /// percent-encoded as UTF-8, so a fragment written in a link cannot close the attribute or open a tag.
    /// </summary>
    public static StringBuilder AppendEscapedUrl(this StringBuilder html, string url)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '&') html.Append("&amp;");
            else if (char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$'()*+,;=%".Contains(c)) html.Append(c);
            else
            {
                var length = Encoding.UTF8.GetBytes(char.IsSurrogatePair(url, i) ? url.AsSpan(i++, 2) : url.AsSpan(i, 1), bytes);
                foreach (var b in bytes[..length]) html.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return html;
    }
}
