using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using LeadRules.Rules;
using LeadRules.Tests.Reloading;
using Xunit;

namespace LeadRules.Tests.Rules.Reading;

/// <summary>RuleSet.Load refuses what is not a regular file, or is too large, before reading it.</summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_DevZero_RefusedWithoutReadingIt()
    {
        Problem("/dev/zero").Should().Be("/dev/zero: the rule file is a character device, not a regular file, and was not read; give the path of a JSON file.");
    }

    [Fact]
    public void Load_LinkToDevZero_RefusedWithoutReadingIt()
    {
        var link = File.CreateSymbolicLink(_folder.Path("rules.json"), "/dev/zero").FullName;

        Problem(link).Should().Be($"{link}: the rule file is a character device, not a regular file, and was not read; give the path of a JSON file.");
    }

    [Fact]
    public async Task Load_Fifo_RefusedWithoutWaitingForAWriter()
    {
        var fifo = _folder.Fifo("rules.json");

        var problem = await HangGuard.Await(Task.Run(() => Problem(fifo)), "a FIFO refused before it is opened (opening it waits for a writer)");

        problem.Should().Be($"{fifo}: the rule file is a named pipe (FIFO), not a regular file, and was not read; give the path of a JSON file.");
    }

    [Fact]
    public void Load_Directory_Refused()
    {
        Problem(_folder.Root).Should().Be($"{_folder.Root}: the rule file is a directory; give the path of a JSON file.");
    }

    [Fact]
    public void Load_FileOverTheLimit_RefusedBeforeReading()
    {
        var path = _folder.Path("huge.json");
        using (var huge = File.Create(path))
        {
            huge.SetLength(Limits.RuleFileBytes + 1);
        }

        Problem(path).Should().Be($"{path}:1:1: the rule file is larger than the limit of 1,048,576 bytes. Split the rules or shorten them.");
    }

    private static string Problem(string path)
    {
        var load = () => RuleSet.Load(path);

        return load.Should().Throw<RuleSetException>().Which.Problems.Should().ContainSingle().Which.ToString();
    }
}
