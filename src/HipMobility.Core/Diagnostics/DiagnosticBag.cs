namespace HipMobility.Diagnostics;

/// <summary>Collects diagnostics from every stage (and every thread) so all problems are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Error(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at, Severity.Error, code, message, hint));

    public void Warning(SourceLocation at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at, Severity.Warning, code, message, hint));

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            var copy = _items.Distinct().ToList();
            copy.Sort(Diagnostic.Compare);
            return copy;
        }
    }
}
