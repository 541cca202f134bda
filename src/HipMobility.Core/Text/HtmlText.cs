using System.Buffers;
using System.Globalization;
using System.Text;

namespace HipMobility.Text;

/// <summary>The one HTML escaper of the generator, for text and for URLs in quoted attributes.</summary>
public static class HtmlText
{
    /// <summary>
    /// The characters escaped in text: besides <c>&amp; &lt; &gt; &quot;</c>, also <c>' ` =</c> (as Handlebars.Net did,
    /// so a value is safe even in an unquoted or single-quoted attribute).
    /// </summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    /// <summary>Plain text as HTML, safe in element content and in attribute values; the same string when there is nothing to escape (most text).</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        return first < 0 ? text : new StringBuilder(text.Length + 16).Append(text, 0, first).AppendEscaped(text.AsSpan(first)).ToString();
    }

    /// <summary>Appends plain text as HTML (see <see cref="Escape"/>).</summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, string text) => html.AppendEscaped(text.AsSpan());

    private static StringBuilder AppendEscaped(this StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#x27;"),
                '`' => html.Append("&#x60;"),
                '=' => html.Append("&#x3D;"),
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
