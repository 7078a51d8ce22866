namespace LeadRules.Evaluation;

/// <summary>Which rules of one workflow held, as bits: inline for the first 64 rules, so most results allocate nothing for it.</summary>
internal readonly struct RuleBits
{
    private readonly ulong _low;
    private readonly ulong[]? _high;

    private RuleBits(ulong low, ulong[]? high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>
    /// The first rule at or after <paramref name="from"/> that held, or -1 when none did: a walk over the set bits
    /// alone, in rule order.
    /// </summary>
    public int NextSet(int from)
    {
        for (var word = from >> 6; word <= (_high?.Length ?? 0); word++, from = word << 6)
        {
            var bits = (word == 0 ? _low : _high![word - 1]) & (~0UL << (from & 63));
            if (bits != 0)
            {
                return (word << 6) + BitMath.LowestSet(bits);
            }
        }

        return -1;
    }

    /// <summary>Whether only rules among the first 64 held, so that <see cref="Low"/> says which.</summary>
    public bool IsSmall => _high is null;

    /// <summary>The bits of the first 64 rules.</summary>
    public ulong Low => _low;

    /// <summary>How many rules held.</summary>
    public int Count
    {
        get
        {
            var count = BitMath.PopCount(_low);
            foreach (var word in _high ?? System.Array.Empty<ulong>())
            {
                count += BitMath.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>The bits of rules among the first 64.</summary>
    public static RuleBits Of(ulong low) => new(low, null);

    public static RuleBits From(bool[] held, int count)
    {
        ulong low = 0;
        ulong[]? high = null;
        for (var i = 0; i < count; i++)
        {
            if (!held[i])
            {
                continue;
            }

            if (i < 64)
            {
                low |= 1UL << i;
            }
            else
            {
                high ??= new ulong[((count - 64) >> 6) + 1];
                high[(i - 64) >> 6] |= 1UL << ((i - 64) & 63);
            }
        }

        return new RuleBits(low, high);
    }
}
