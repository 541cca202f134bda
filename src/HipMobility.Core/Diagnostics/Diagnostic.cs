namespace HipMobility.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A position in a source file; line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation FileStart(string path) => new(path, 1, 1);
}

/// <summary>One problem found in the content, printed as <c>path(line,col): error HM004: message. hint</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, string? Hint = null)
{
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var text = Sentence(Message);
        if (!string.IsNullOrEmpty(Hint)) text += " " + Sentence(Hint);
        return $"{Location.Path}({Location.Line},{Location.Column}): {kind} {Code}: {text}";
    }

    private static string Sentence(string text) => text.EndsWith('?') || text.EndsWith('!') ? text : text.TrimEnd('.') + ".";

    /// <summary>Sorts by file, then position, then code, so output is stable whatever order stages ran in.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        if (c != 0) return c;
        c = a.Location.Line.CompareTo(b.Location.Line);
        if (c != 0) return c;
        c = a.Location.Column.CompareTo(b.Location.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
