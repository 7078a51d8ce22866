namespace LeadRules.Evaluation;

/// <summary>Counting and finding set bits: the processor's instructions on .NET 8 and later, plain loops elsewhere.</summary>
internal static class BitMath
{
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
