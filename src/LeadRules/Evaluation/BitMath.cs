namespace LeadRules.Evaluation;

/// <summary>
/// Counting and finding set bits: the processor's instructions on .NET 8 and later, plain loops elsewhere; and the
/// slot of a key in a table of a power of two entries.
/// </summary>
internal static class BitMath
{
    /// <summary>
    /// The slot of <paramref name="key"/> in a table of 2^<paramref name="bits"/> entries: the top bits of a
    /// multiplicative (Fibonacci) hash, so that keys differing in any bit spread.
    /// </summary>
    public static int Slot(ulong key, int bits) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - bits));

    /// <summary>How many bits of <paramref name="word"/> are set.</summary>
    public static int PopCount(ulong word)
    {
#if NET8_0_OR_GREATER
        return System.Numerics.BitOperations.PopCount(word);
#else
        var count = 0;
        for (; word != 0; word &= word - 1)
        {
            count++;
        }

        return count;
#endif
    }

    /// <summary>The index of the lowest set bit of <paramref name="word"/>, which is not 0.</summary>
    public static int LowestSet(ulong word)
    {
#if NET8_0_OR_GREATER
        return System.Numerics.BitOperations.TrailingZeroCount(word);
#else
        var index = 0;
        for (; (word & 1) == 0; word >>= 1)
        {
            index++;
        }

        return index;
#endif
    }
}
