namespace LeadRules.Cli.Input;

/// <summary>The first few errors of a run in input order, collected from any thread while leads are scored across cores.</summary>
internal sealed class ErrorSample
{
    private const int Shown = 5;
    private readonly List<(long Line, string Error)> _errors = new();

    public void Add(long line, string error)
    {
        lock (_errors)
        {
            _errors.Add((line, error));
            if (_errors.Count > Shown * 4)
            {
                _errors.Sort();
                _errors.RemoveRange(Shown, _errors.Count - Shown);
            }
        }
    }

    /// <summary>The first errors by line, as <c>line N: error</c>.</summary>
    public IEnumerable<string> Lines => _errors.OrderBy(e => e.Line).Take(Shown).Select(e => $"line {e.Line}: {e.Error}");
}
