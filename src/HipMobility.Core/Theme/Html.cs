namespace HipMobility.Theme;

/// <summary>
/// Text that is already HTML (a Markdown body, the page's JSON-LD script, an SVG the generator drew): the theme writes
/// it as it is. Any other text a view model carries is plain text and is escaped on its way into the template's model
/// (see <see cref="ThemeObject"/>), so a template never escapes anything and cannot forget to.
/// </summary>
public readonly record struct Html(string Value)
{
    public static Html Empty { get; } = new("");

    public override string ToString() => Value ?? "";
}
