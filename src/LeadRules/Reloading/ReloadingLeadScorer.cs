using System;
using System.IO;
using System.Threading;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Reloading;

/// <summary>
/// A <see cref="LeadScorer"/> over a rule file that can change while it serves. A reload swaps the whole scorer
/// atomically: each assessment comes wholly from the old rules or wholly from the new, and says which through
/// <see cref="Assessment.RuleSet"/>. A file that does not load leaves the old rules serving and raises
/// <see cref="Refused"/>. Thread-safe.
/// </summary>
public sealed partial class ReloadingLeadScorer : ILeadScorer, IDisposable
{
    private readonly string _path;
    private readonly LeadScorerOptions? _options;
    private readonly object _reloading = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _debounce;
    private LeadScorer _current;

    /// <summary>Loads <paramref name="path"/> and, when <paramref name="watch"/> is set, reloads it whenever it changes.</summary>
    /// <exception cref="RuleSetException">The file does not load now; there is nothing to serve.</exception>
    public ReloadingLeadScorer(string path, LeadScorerOptions? options = null, bool watch = true)
    {
        _path = Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
        _options = options;
        _current = new LeadScorer(RuleSet.Load(_path), options);
        if (watch)
        {
            _debounce = new Timer(_ => TryReload(), null, Timeout.Infinite, Timeout.Infinite);
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
            };
            _watcher.Changed += (_, _) => Soon();
            _watcher.Created += (_, _) => Soon();
            _watcher.Renamed += (_, _) => Soon();
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Raised after a changed file loaded and its rules now serve.</summary>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>Raised when a changed file was refused; the previous rules go on serving.</summary>
    public event EventHandler<RuleSetRefusedEventArgs>? Refused;

    /// <summary>The scorer serving now. Take it once per unit of work to use one rule set throughout.</summary>
    public LeadScorer Current => Volatile.Read(ref _current);

    /// <summary>Assesses one lead with the rules serving now.</summary>
    public Assessment Assess(Lead lead, DateTimeOffset asOf) => Current.Assess(lead, asOf);

    /// <summary>Reads the file now; swaps in its rules if they load and differ. Returns whether the rules changed.</summary>
    public bool Reload()
    {
        lock (_reloading)
        {
            var serving = Current;
            RuleSet rules;
            try
            {
                rules = RuleSet.Load(_path);
            }
            catch (RuleSetException error)
            {
                Refused?.Invoke(this, new RuleSetRefusedEventArgs(error, serving.Rules.Stamp));
                return false;
            }

            if (rules.Stamp.Hash == serving.Rules.Stamp.Hash)
            {
                return false;
            }

            Volatile.Write(ref _current, new LeadScorer(rules, _options));
            Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(serving.Rules.Stamp, rules.Stamp));
            return true;
        }
    }

    /// <summary>Stops watching the file.</summary>
    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    /// <summary>Editors write a file in several steps: reload once things settle.</summary>
    private void Soon() => _debounce?.Change(200, Timeout.Infinite);

    /// <summary>Runs on a timer thread, where an escaping exception would end the process: the serving rules stay.</summary>
    private void TryReload()
    {
        try
        {
            Reload();
        }
#pragma warning disable CA1031 // A failed background reload must never take the host down; Refused reports rule problems.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Disposed while a change was pending, or an event handler threw: the serving rules stay.
        }
    }
}
