using System;
using System.IO;
using FluentAssertions;
using LeadRules.Reloading;
using Xunit;
using static LeadRules.Tests.Reloading.RuleFolder;

namespace LeadRules.Tests.Reloading;

public sealed class RuleFileWatcherTests : IDisposable
{
    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Directories_PlainFile_ItsDirectoryAndTheParent()
    {
        using var watcher = new RuleFileWatcher(_folder.Write(Version(1)), () => { });

        watcher.Directories.Should().Equal(_folder.Root, Path.GetDirectoryName(_folder.Root));
        watcher.Armed.Should().BeTrue();
    }

    [Fact]
    public void Refresh_ConfigMapUpdated_WatchesTheNewTimestampedDirectory()
    {
        var path = _folder.ConfigMap(Version(1));
        using var watcher = new RuleFileWatcher(path, () => { });
        var before = (watcher.Directories[2], watcher.Generation);

        var data = _folder.SwapConfigMap(Version(2));
        watcher.Refresh();

        before.Should().Be((_folder.Path("..2026_11_28_03_21_01"), 1));
        watcher.Directories.Should().Equal(_folder.Root, Path.GetDirectoryName(_folder.Root), data);
        watcher.Generation.Should().Be(2);
    }

    [Fact]
    public void Refresh_NothingChanged_KeepsTheWatchers()
    {
        using var watcher = new RuleFileWatcher(_folder.Write(Version(1)), () => { });

        watcher.Refresh();

        watcher.Generation.Should().Be(1);
    }

    [Fact]
    public void OnError_OverflowOrFailure_ReportsAChangeAndTheNextRefreshWatchesAnew()
    {
        var changes = 0;
        using var watcher = new RuleFileWatcher(_folder.Write(Version(1)), () => changes++);

        watcher.OnError();
        var reported = changes;
        watcher.Refresh();
        watcher.Refresh();

        reported.Should().Be(1, "lost events mean the file must be compared now");
        watcher.Generation.Should().Be(2, "the failed watchers are made anew once");
        watcher.Armed.Should().BeTrue();
    }
}
