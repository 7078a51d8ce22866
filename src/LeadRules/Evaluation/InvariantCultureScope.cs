using System;
using System.Globalization;

namespace LeadRules.Evaluation;

/// <summary>
/// Runs the reference engine with the invariant culture on the current thread, so that RulesEngine evaluates
/// casing and formatting as the compiled engine does (<see cref="InvariantCulture"/>); restores the caller's culture.
/// </summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _caller;

    private InvariantCultureScope(CultureInfo caller) => _caller = caller;

    public static InvariantCultureScope Enter()
    {
        var caller = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return new InvariantCultureScope(caller);
    }

    public void Dispose() => CultureInfo.CurrentCulture = _caller;
}
