using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LeadRules.Reloading;

/// <summary>
/// Watches every directory whose change can change a rule file: the file's own (an edit, a move over it, a Kubernetes
/// ConfigMap swapping its <c>..data</c> link), the directory a symbolic link leads to (the target edited), and the
/// parent (the file's directory deleted and made again). Anything seen, and any watcher error, calls the callback;
/// the caller then <see cref="Refresh"/>es and compares contents, so a spurious call costs one read.
/// </summary>
internal sealed class RuleFileWatcher : IDisposable
{
    private readonly string _path;
    private readonly Action _changed;
    private readonly object _gate = new();
    private List<FileSystemWatcher> _watchers = new();
    private IReadOnlyList<string> _directories = Array.Empty<string>();
    private volatile bool _stale = true;
    private bool _disposed;

    public RuleFileWatcher(string path, Action changed)
    {
        _path = path;
        _changed = changed;
        Refresh();
    }

    /// <summary>The directories watched now: the file's own, its parent, and where a link leads, when elsewhere.</summary>
    public IReadOnlyList<string> Directories => _directories;

    /// <summary>Whether every directory to watch exists and is watched; when not, the next <see cref="Refresh"/> tries again.</summary>
    public bool Armed { get; private set; }

    /// <summary>How many times the watchers were made anew.</summary>
    public int Generation { get; private set; }

    /// <summary>
    /// Makes the watchers anew when a link now leads elsewhere, a directory went missing, was missing, was made again,
    /// or a watcher failed. Call before comparing contents, so that a change is seen either by that comparison or by the new watchers.
    /// </summary>
    public void Refresh()
    {
        lock (_gate)
        {
            var wanted = Wanted();
            var unchanged = !_stale && Armed && wanted.Select(w => w.Directory).SequenceEqual(_directories) && wanted.All(w => Directory.Exists(w.Directory));
            if (_disposed || unchanged)
            {
                return;
            }

            _stale = false;
            Stop();
            Armed = true;
            foreach (var (directory, filter, structural) in wanted)
            {
                Armed &= Start(directory, filter, structural);
            }

            _directories = wanted.Select(w => w.Directory).ToArray();
            Generation++;
        }
    }

    /// <summary>A watcher failed, its buffer overflowed, or a watched directory was made again: watch anew and compare now.</summary>
    public void OnError()
    {
        _stale = true;
        _changed();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Stop();
        }
    }

    private List<(string Directory, string Filter, bool Structural)> Wanted()
    {
        var own = Path.GetDirectoryName(_path)!;
        var wanted = new List<(string, string, bool)> { (own, string.Empty, false) };
        if (Path.GetDirectoryName(own) is { } parent)
        {
            wanted.Add((parent, Path.GetFileName(own), true));
        }

        if (LinkTarget.DirectoryOf(_path) is { } target && !string.Equals(target, own, StringComparison.Ordinal))
        {
            wanted.Add((target, string.Empty, false));
        }

        return wanted;
    }

    /// <summary>Watches one directory; a structural change (the file's directory made again) also makes the watchers anew.</summary>
    private bool Start(string directory, string filter, bool structural)
    {
        if (!Directory.Exists(directory))
        {
            return false;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(directory, filter)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            FileSystemEventHandler seen = structural ? (_, _) => OnError() : (_, _) => _changed();
            watcher.Changed += seen;
            watcher.Created += seen;
            watcher.Deleted += seen;
            watcher.Renamed += (s, e) => seen(s, e);
            watcher.Error += (_, _) => OnError();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            return true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Out of inotify instances, or the directory went away meanwhile: the periodic check carries on alone.
            watcher?.Dispose();
            return false;
        }
    }

    private void Stop()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers = new List<FileSystemWatcher>();
    }
}
