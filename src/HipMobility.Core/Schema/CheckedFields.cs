using System.Text.RegularExpressions;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Parsing;

namespace HipMobility.Schema;

/// <summary>
/// Front matter checked against a <see cref="FrontMatterSchema"/>: unknown, duplicate, missing and mistyped fields
/// and values outside controlled lists are reported once here; the accessors then return only well-formed values.
/// </summary>
public sealed partial class CheckedFields
{
    private readonly YamlMap _map;
    private readonly FrontMatterSchema _schema;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _invalid = new(StringComparer.Ordinal);
    private readonly string _prefix;
    private readonly Dictionary<string, SourceLocation> _locations;

    private CheckedFields(YamlMap map, FrontMatterSchema schema, string path, DiagnosticBag diagnostics, string prefix, Dictionary<string, SourceLocation> locations)
    {
        (_map, _schema, _path, _diagnostics, _prefix, _locations) = (map, schema, path, diagnostics, prefix, locations);
    }

    /// <summary>Where each field and list item stands, keyed like <c>muscles.stretched[0]</c>; shared by nested fields.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    public string Path => _path;

    public SourceLocation Location => new(_path, _map.Line, _map.Column);

    public static CheckedFields Check(YamlMap map, FrontMatterSchema schema, string path, DiagnosticBag diagnostics) =>
        Check(map, schema, path, diagnostics, "", new Dictionary<string, SourceLocation>(StringComparer.Ordinal));

    private static CheckedFields Check(YamlMap map, FrontMatterSchema schema, string path, DiagnosticBag diagnostics,
        string prefix, Dictionary<string, SourceLocation> locations)
    {
        var fields = new CheckedFields(map, schema, path, diagnostics, prefix, locations);
        fields.CheckAll();
        return fields;
    }

    private void CheckAll()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in _map.Entries)
        {
            var key = entry.Key.Value;
            _locations.TryAdd(LocationKey.Shared(_prefix, key), At(entry.Value));
            if (entry.Value is YamlList items)
                for (var i = 0; i < items.Items.Count; i++) _locations.TryAdd(LocationKey.Shared(_prefix, key, i), At(items.Items[i]));
            if (!seen.Add(key))
            {
                _invalid.Add(key);
                Error(entry.Key, DiagnosticCodes.MalformedYaml, $"field '{key}' appears more than once", "Keep one and delete the other");
                continue;
            }
            var spec = _schema.Find(key);
            if (spec is null)
            {
                Error(entry.Key, DiagnosticCodes.UnknownField, $"unknown field '{key}' in a {_schema.Name}",
                    NearestName.Hint(key, _schema.Names) ?? $"Known fields: {string.Join(", ", _schema.Names)}");
                continue;
            }
            if (!CheckValue(spec, entry.Value)) _invalid.Add(key);
        }
        foreach (var spec in _schema.Fields.Where(f => f.Required))
        {
            var value = _map[spec.Name];
            if (value is null || IsBlank(value) || value is YamlList list && list.Items.All(IsBlank))
            {
                if (spec.Name == "steps" && value is YamlList) continue; // an empty routine has its own, clearer error
                _invalid.Add(spec.Name);
                var at = value is null ? Location : new SourceLocation(_path, value.Line, value.Column);
                _diagnostics.Error(at, DiagnosticCodes.MissingRequired,
                    value is null ? $"required field '{spec.Name}' is missing from this {_schema.Name}" : $"required field '{spec.Name}' is empty",
                    $"Add '{spec.Name}:' ({spec.Description.TrimEnd('.')})");
            }
        }
    }

    /// <summary>Nothing, or text that is only white space (<c>title: " "</c>): as good as missing.</summary>
    private static bool IsBlank(YamlValue value) => value is YamlText text && (text.IsNull || string.IsNullOrWhiteSpace(text.Value));

    private bool CheckValue(FieldSpec spec, YamlValue value)
    {
        if (value is YamlText { IsNull: true }) return !spec.Required;
        switch (spec.Kind)
        {
            case FieldKind.Text:
            case FieldKind.Id:
            case FieldKind.Choice:
            case FieldKind.Hold:
            case FieldKind.Reps:
            case FieldKind.Number:
            case FieldKind.Count:
            case FieldKind.Date:
                return value is YamlText text ? CheckScalar(spec, text)
                    : WrongType(spec, value, spec.Kind switch { FieldKind.Number => "a number", FieldKind.Count => "a whole number", FieldKind.Date => "a date", _ => "text" });
            case FieldKind.TextList:
            case FieldKind.IdList:
            case FieldKind.ChoiceList:
                if (value is not YamlList list) return WrongType(spec, value, "a list such as [a, b]");
                var ok = true;
                foreach (var item in list.Items)
                    ok &= item is YamlText t ? CheckScalar(spec, t) : WrongType(spec, item, "text in the list");
                return ok;
            case FieldKind.Mapping:
                return value is YamlMap ? true : WrongType(spec, value, "a mapping of 'name: value' lines");
            case FieldKind.MappingList:
                if (value is not YamlList maps) return WrongType(spec, value, "a list of '- name: value' entries");
                var allMaps = true;
                foreach (var item in maps.Items)
                    allMaps &= item is YamlMap || WrongType(spec, item, "a '- name: value' entry");
                return allMaps;
            default:
                return true;
        }
    }

    private bool CheckScalar(FieldSpec spec, YamlText text)
    {
        var value = text.Value;
        switch (spec.Kind)
        {
            case FieldKind.Id or FieldKind.IdList when !Ids.IsValid(value):
                Error(text, DiagnosticCodes.IdNotKebab, $"'{value}' in '{spec.Name}' is not a valid id",
                    "Use lowercase letters, digits and single hyphens, such as 'supported-low-lunge'");
                return false;
            case FieldKind.Choice or FieldKind.ChoiceList when !spec.Allowed!.Contains(value):
                var near = NearestName.Find(value, spec.Allowed!);
                Error(text, DiagnosticCodes.NotInControlledList, $"'{value}' is not an allowed value for '{spec.Name}'",
                    (near is null ? "" : $"Did you mean '{near}'? ") + $"Allowed: {string.Join(", ", spec.Allowed!)}");
                return false;
            case FieldKind.Hold when HoldDuration.TryParse(value) is null:
                Error(text, DiagnosticCodes.InvalidHold, $"'{value}' is not a valid {spec.Name}",
                    "Write a number and a unit: 30s, 1 min, 5 breaths, or a range such as 30-60s");
                return false;
            case FieldKind.Reps when RepCount.TryParse(value) is null:
                Error(text, DiagnosticCodes.InvalidReps, $"'{value}' is not a valid number of reps",
                    "Write a whole number such as 10, or a range such as 8-10");
                return false;
            case FieldKind.Number when !IsNumber(value):
                Error(text, DiagnosticCodes.WrongType, $"'{spec.Name}' should be a number, not '{value}'", "Write a number of degrees such as 45");
                return false;
            case FieldKind.Count when WholeNumber(value) is not { } n || n < spec.Minimum || n > spec.Maximum:
                Error(text, DiagnosticCodes.InvalidCount, $"'{value}' is not a whole number from {spec.Minimum} to {spec.Maximum} for '{spec.Name}'",
                    $"Write a whole number such as {spec.Example ?? spec.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                return false;
            case FieldKind.Date when DateOf(value) is null:
                Error(text, DiagnosticCodes.InvalidDate, $"'{value}' is not a date for '{spec.Name}'", "Write the date as YYYY-MM-DD, such as 2026-12-02");
                return false;
            default:
                return true;
        }
    }

    private static int? WholeNumber(string value) =>
        value.Length is > 0 and <= 4 && value.All(char.IsAsciiDigit) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static DateOnly? DateOf(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    private static bool IsNumber(string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);

    private bool WrongType(FieldSpec spec, YamlValue value, string expected)
    {
        Error(value, DiagnosticCodes.WrongType, $"'{spec.Name}' should be {expected}, not {value.KindName}",
            spec.Kind is FieldKind.TextList or FieldKind.IdList or FieldKind.ChoiceList
                ? $"Write it as a list: {spec.Name}: [first, second]"
                : $"See CONTRIBUTING.md for the '{spec.Name}' field");
        return false;
    }

    private SourceLocation At(YamlValue value) => new(_path, value.Line, value.Column);

    private void Error(YamlValue at, string code, string message, string? hint) =>
        _diagnostics.Error(new SourceLocation(_path, at.Line, at.Column), code, message, hint);

    private YamlValue? Valid(string name) => _invalid.Contains(name) ? null : _map[name] is var value and not YamlText { IsNull: true } ? value : null;

    public SourceLocation LocationOf(string name)
    {
        var value = _map[name];
        return value is null ? Location : new SourceLocation(_path, value.Line, value.Column);
    }

    public SourceLocation LocationOfItem(string name, int index) =>
        _map[name] is YamlList list && index < list.Items.Count
            ? new SourceLocation(_path, list.Items[index].Line, list.Items[index].Column)
            : LocationOf(name);

    /// <summary>The trimmed text of a well-formed field; null when it is missing, invalid or blank.</summary>
    public string? Text(string name) => Valid(name) is YamlText t && !IsBlank(t) ? t.Value.Trim() : null;

    /// <summary>The trimmed items of a well-formed list, without blank ones.</summary>
    public IReadOnlyList<string> List(string name)
    {
        if (Valid(name) is not YamlList list || list.Items.Count == 0) return [];
        var items = new List<string>(list.Items.Count);
        foreach (var item in list.Items)
            if (item is YamlText text && !IsBlank(text)) items.Add(text.Value.Trim());
        return items;
    }

    public HoldDuration? Hold(string name) => Text(name) is { } t ? HoldDuration.TryParse(t) : null;

    public RepCount? Reps(string name) => Text(name) is { } t ? RepCount.TryParse(t) : null;

    /// <summary>A well-formed number field; null when it is missing or invalid.</summary>
    public double? Number(string name) =>
        Text(name) is { } t && double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A well-formed whole-number field; null when it is missing or invalid.</summary>
    public int? Count(string name) => Text(name) is { } t ? WholeNumber(t) : null;

    /// <summary>A well-formed date field; null when it is missing or invalid.</summary>
    public DateOnly? Date(string name) => Text(name) is { } t ? DateOf(t) : null;

    /// <summary>The fields this mapping holds, in the schema's order.</summary>
    public IEnumerable<string> Present => _schema.Names.Where(n => _map[n] is not null);

    public bool Has(string name) => _map[name] is not null and not YamlText { IsNull: true };

    public CheckedFields? Mapping(string name) =>
        Valid(name) is YamlMap map ? Check(map, _schema.Find(name)!.Nested!, _path, _diagnostics, _prefix + name + ".", _locations) : null;

    public IReadOnlyList<CheckedFields> MappingList(string name) =>
        Valid(name) is YamlList list
            ? list.Items.Select((item, i) => (item, i)).Where(x => x.item is YamlMap)
                .Select(x => Check((YamlMap)x.item, _schema.Find(name)!.Nested!, _path, _diagnostics, $"{_prefix}{name}[{x.i}].", _locations)).ToList()
            : [];
}

/// <summary>
/// One shared copy of each location key (<c>muscles.stretched[0]</c>…): every document of a large guide has the same
/// forty or so, and keeping a copy per document gave the garbage collector hundreds of thousands more objects to trace.
/// </summary>
internal static class LocationKey
{
    private const int Limit = 20_000; // keys from hostile input must not grow the table without end
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The key <c>prefix + field</c>, or <c>prefix + field[index]</c> for a list item; built as a string only the first time.</summary>
    public static string Shared(string prefix, string field, int index = -1)
    {
        Span<char> buffer = stackalloc char[256];
        var written = 0;
        var fits = index < 0
            ? buffer.TryWrite($"{prefix}{field}", out written)
            : buffer.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{field}[{index}]", out written);
        if (fits && BySpan.TryGetValue(buffer[..written], out var shared)) return shared;
        var key = fits ? new string(buffer[..written]) : index < 0 ? prefix + field : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{field}[{index}]");
        return Keys.Count < Limit ? Keys.GetOrAdd(key, key) : key;
    }
}
