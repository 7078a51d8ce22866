using System;
using System.Threading.Tasks;
using FluentAssertions;

namespace LeadRules.Tests.Reloading;

/// <summary>
/// Awaits what a test waits for. The timeout decides nothing when things work: it only stops a test that would
/// otherwise hang, and says what never came.
/// </summary>
internal static class HangGuard
{
    public static async Task<T> Await<T>(Task<T> task, string what)
    {
        var first = await Task.WhenAny(task, Task.Delay(TimeSpan.FromMinutes(1)));
        first.Should().BeSameAs(task, what + " within a minute (the test would hang otherwise)");
        return await task;
    }
}
