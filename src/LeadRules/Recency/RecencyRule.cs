using System;

namespace LeadRules.Recency;

/// <summary>A rule that asks the age of contact points: of these types, of these groups, or of a type only known per lead.</summary>
internal sealed record RecencyRule(string Workflow, string Name, int[] Types, int[] Groups, bool AnyType)
{
    private const byte UndatedOnly = 1;

    /// <summary>Whether the lead has contact points the rule asks the age of, all of them undated.</summary>
    public bool IsBlind(ReadOnlySpan<byte> types, ReadOnlySpan<byte> groups, byte all)
    {
        if (AnyType && all == UndatedOnly)
        {
            return true;
        }

        foreach (var type in Types)
        {
            if (types[type] == UndatedOnly)
            {
                return true;
            }
        }

        foreach (var group in Groups)
        {
            if (groups[group] == UndatedOnly)
            {
                return true;
            }
        }

        return false;
    }
}
