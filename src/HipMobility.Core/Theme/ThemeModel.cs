using HipMobility.Text;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HipMobility.Theme;

/// <summary>
/// A view model the theme can read. It lists its fields itself, under the snake_case names templates use, so the model
/// handed to Scriban is built without reflection (Native AOT keeps working) and holds nothing else: a template reaches
/// only what is listed here, never a .NET object.
/// </summary>
public interface IThemeModel
{
    /// <summary>What an error message calls this object: "the pose page", "a variant".</summary>
    string ThemeName { get; }

    /// <summary>Writes each field templates may read into <paramref name="fields"/>.</summary>
    void WriteFields(ThemeObject fields);
}

/// <summary>
/// One view model as Scriban sees it: a read-only <see cref="ScriptObject"/> of its fields. This is the one place where
/// escaping happens: every string is HTML-escaped as it goes in (<see cref="Text"/>), and only an <see cref="Html"/>
/// goes in as it is (<see cref="Raw"/>). A field the object does not have is a theme error naming
/// <see cref="ThemeName"/> and the nearest field it does have.
/// </summary>
public sealed class ThemeObject : ScriptObject
{
    // capacity, and no import of this type's static members (the default for a class derived from ScriptObject)
    private ThemeObject(string themeName, int capacity) : base(capacity, false) => ThemeName = themeName;

    public string ThemeName { get; }

    /// <summary>The model as templates see it, built once per page; null stays null (an absent optional object).</summary>
    public static ThemeObject? Of(IThemeModel? model)
    {
        if (model is null) return null;
        var fields = new ThemeObject(model.ThemeName, 8);
        model.WriteFields(fields);
        fields.IsReadOnly = true;
        return fields;
    }

    /// <summary>
    /// Plain text, escaped. Null and the empty text are both stored as null, so <c>if model.summary</c> is false for
    /// either (Scriban counts an empty string as true), and both write nothing.
    /// </summary>
    public ThemeObject Text(string name, string? value) => Field(name, string.IsNullOrEmpty(value) ? null : HtmlText.Escape(value));

    /// <summary>Pre-rendered HTML, as it is; empty HTML is stored as null, like empty text, so <c>if model.figure_html</c> is false for it.</summary>
    public ThemeObject Raw(string name, Html value) => Field(name, string.IsNullOrEmpty(value.Value) ? null : value.Value);

    public ThemeObject Number(string name, int value) => Field(name, value);

    public ThemeObject Flag(string name, bool value) => Field(name, value);

    public ThemeObject Object(string name, IThemeModel? value) => Field(name, Of(value));

    /// <summary>A list of plain texts, each escaped.</summary>
    public ThemeObject Texts(string name, IReadOnlyList<string> values)
    {
        var array = new ScriptArray(values.Count);
        foreach (var value in values) array.Add(HtmlText.Escape(value));
        return Field(name, ReadOnly(array));
    }

    public ThemeObject Objects(string name, IReadOnlyList<IThemeModel> values)
    {
        var array = new ScriptArray(values.Count);
        foreach (var value in values) array.Add(Of(value));
        return Field(name, ReadOnly(array));
    }

    /// <summary>
    /// A lookup keyed by data, not by field names (region id → CSS class): a key it does not have reads as empty, so a
    /// template can ask for every key it knows of. Keys are kept as they are; values are escaped.
    /// </summary>
    public ThemeObject Lookup(string name, IReadOnlyDictionary<string, string>? values)
    {
        if (values is null) return Field(name, null);
        var lookup = new ThemeLookup(values.Count);
        foreach (var (key, value) in values) lookup.SetValue(key, HtmlText.Escape(value), true);
        lookup.IsReadOnly = true;
        return Field(name, lookup);
    }

    /// <inheritdoc cref="Lookup(string, IReadOnlyDictionary{string, string}?)"/>
    public ThemeObject Lookup<T>(string name, IReadOnlyDictionary<string, T>? values) where T : IThemeModel
    {
        if (values is null) return Field(name, null);
        var lookup = new ThemeLookup(values.Count);
        foreach (var (key, value) in values) lookup.SetValue(key, Of(value), true);
        lookup.IsReadOnly = true;
        return Field(name, lookup);
    }

    private ThemeObject Field(string name, object? value)
    {
        SetValue(name, value, true);
        return this;
    }

    private static ScriptArray ReadOnly(ScriptArray array)
    {
        array.IsReadOnly = true;
        return array;
    }
}

/// <summary>A lookup keyed by data: a missing key reads as empty (null) rather than as an error.</summary>
internal sealed class ThemeLookup(int capacity) : ScriptObject(capacity, false)
{
    public override bool TryGetValue(Scriban.TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        base.TryGetValue(context, span, member, out value);
        return true;
    }
}
