using System;
using System.IO;
using System.Threading;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Reloading;

/// <summary>
/// A <see cref="LeadScorer"/> over a rule file that can change while it serves. A reload swaps the whole scorer
/// atomically: each assessment comes wholly from the old rules or wholly from the new, and says which through
/// <see cref="Assessment.RuleSet"/>. A file that does not load (broken, deleted, not a regular file, too large) leaves
/// the old rules serving and raises <see cref="Refused"/>. Thread-safe.
/// </summary>
public sealed partial class ReloadingLeadScorer : ILeadScorer, IDisposable
{
    private readonly string _path;
    private readonly LeadScorerOptions? _options;
    private readonly object _reloading = new();
    private readonly RuleFileWatcher? _watcher;
    private readonly Timer? _debounce;
    private readonly Timer? _poll;
    private readonly TimeSpan _settle;
    private LeadScorer _current;
    private string? _refused;
    private volatile bool _disposed;

    /// <summary>
    /// Loads <paramref name="path"/> and, when <paramref name="watch"/> is set, reloads it whenever it changes: a file
    /// watcher on its directory, on the directory a symbolic link leads to and on the parent (so a Kubernetes ConfigMap
    /// update, an edited link target and a directory made again are all seen), and every <paramref name="pollInterval"/>
    /// a comparison of the file's SHA-256 with the serving rules', in case the watcher missed something.
    /// </summary>
    /// <param name="path">The rule file; it may be a symbolic link.</param>
    /// <param name="options">How leads are assessed.</param>
    /// <param name="watch">Reload without being asked; when <see langword="false"/>, only <see cref="Reload"/> does.</param>
    /// <param name="pollInterval">
    /// How often the contents are compared; defaults to <see cref="DefaultPollInterval"/>.
    /// <see cref="Timeout.InfiniteTimeSpan"/> leaves the watcher alone.
    /// </param>
    /// <exception cref="RuleSetException">The file does not load now; there is nothing to serve.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollInterval"/> is not positive, or is over 49 days.</exception>
    public ReloadingLeadScorer(string path, LeadScorerOptions? options = null, bool watch = true, TimeSpan? pollInterval = null)
        : this(path, options, watch, pollInterval, TimeSpan.FromMilliseconds(200))
    {
    }

    /// <summary>
    /// As the public constructor, with how long the file must settle after a watcher event before it is compared;
    /// tests give <see cref="Timeout.InfiniteTimeSpan"/> to run <see cref="CheckForChanges"/> themselves.
    /// </summary>
    internal ReloadingLeadScorer(string path, LeadScorerOptions? options, bool watch, TimeSpan? pollInterval, TimeSpan settle)
    {
        _path = Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
        var interval = pollInterval ?? DefaultPollInterval;
        if (interval != Timeout.InfiniteTimeSpan && (interval <= TimeSpan.Zero || interval.TotalMilliseconds > uint.MaxValue - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pollInterval), interval, "The poll interval must be positive and at most 49 days, or Timeout.InfiniteTimeSpan to rely on the watcher alone.");
        }

        _options = options;
        _settle = settle;
        _current = new LeadScorer(RuleSet.Load(_path), options);
        if (watch)
        {
            _debounce = new Timer(_ => Background(), null, Timeout.Infinite, Timeout.Infinite);
            _watcher = new RuleFileWatcher(_path, Soon);
            _poll = new Timer(_ => Background(), null, interval, interval);
        }
    }

    /// <summary>Raised after a changed file loaded and its rules now serve.</summary>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>Raised when a changed file was refused, once per refused content or failure; the previous rules go on serving.</summary>
    public event EventHandler<RuleSetRefusedEventArgs>? Refused;

    /// <summary>How often a watching scorer compares the file's contents unless told otherwise: every 10 seconds.</summary>
    public static TimeSpan DefaultPollInterval { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The scorer serving now. Take it once per unit of work to use one rule set throughout.</summary>
    public LeadScorer Current => Volatile.Read(ref _current);

    /// <summary>What watches the file, for tests to drive; <see langword="null"/> when not watching.</summary>
    internal RuleFileWatcher? Watcher => _watcher;

    /// <inheritdoc/>
    public Assessment Assess(Lead lead, DateTimeOffset asOf) => Current.Assess(lead, asOf);

    /// <summary>
    /// Reads the file now; swaps in its rules if they load and differ. Returns whether the rules changed. A file that
    /// does not load raises <see cref="Refused"/> on every call.
    /// </summary>
    /// <returns><see langword="true"/> when new rules now serve.</returns>
    public bool Reload() => Check(always: true);

    /// <summary>Stops watching the file.</summary>
    public void Dispose()
    {
        _disposed = true;
        _poll?.Dispose();
        _debounce?.Dispose();
        _watcher?.Dispose();
    }

    /// <summary>
    /// What the watcher's events (once the file settles) and the poll run: watch anew where needed, then compare the
    /// contents. A refusal is raised once until the file changes again.
    /// </summary>
    internal bool CheckForChanges()
    {
        if (_disposed)
        {
            return false;
        }

        _watcher?.Refresh();
        return Check(always: false);
    }

    private bool Check(bool always)
    {
        lock (_reloading)
        {
            var serving = Current;
            byte[] bytes;
            try
            {
                bytes = RuleSet.ReadFile(_path);
            }
            catch (RuleSetException error)
            {
                return Refuse(error, error.Message, always, serving);
            }

            var hash = RuleSet.Hash(bytes);
            if (hash == serving.Rules.Stamp.Hash)
            {
                _refused = null;
                return false;
            }

            if (!always && hash == _refused)
            {
                return false;
            }

            RuleSet rules;
            try
            {
                rules = RuleSet.FromBytes(bytes, _path);
            }
            catch (RuleSetException error)
            {
                return Refuse(error, hash, always, serving);
            }

            _refused = null;
            Volatile.Write(ref _current, new LeadScorer(rules, _options));
            Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(serving.Rules.Stamp, rules.Stamp));
            return true;
        }
    }

    /// <summary>Reports a refusal, unless it is the one reported last and nobody asked.</summary>
    private bool Refuse(RuleSetException error, string what, bool always, LeadScorer serving)
    {
        if (always || what != _refused)
        {
            _refused = what;
            Refused?.Invoke(this, new RuleSetRefusedEventArgs(error, serving.Rules.Stamp));
        }

        return false;
    }

    /// <summary>Editors write a file in several steps, and a ConfigMap update is several renames: compare once things settle.</summary>
    private void Soon()
    {
        try
        {
            _debounce?.Change(_settle, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // A watcher event arrived while the scorer was being disposed.
        }
    }

    /// <summary>Runs on a timer thread, where an escaping exception would end the process: the serving rules stay.</summary>
    private void Background()
    {
        try
        {
            CheckForChanges();
        }
#pragma warning disable CA1031 // A failed background reload must never take the host down; Refused reports rule problems.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Disposed while a change was pending, or an event handler threw: the serving rules stay.
        }
    }
}
