using System.Diagnostics;

namespace LeadRules.Cli.Output;

/// <summary>A one-line progress report on a terminal's stderr, rewritten in place.</summary>
internal sealed class ProgressLine
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ProgressLine(TextWriter error) => _error = error;

    public void Update(long leads, long errors) =>
        _error.Write($"\r{leads:N0} leads, {errors:N0} errors, {leads / Math.Max(0.001, _clock.Elapsed.TotalSeconds):N0} leads/s   ");

    public void Finish(long leads, long errors)
    {
        Update(leads, errors);
        _error.WriteLine();
    }
}
