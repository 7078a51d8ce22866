namespace LeadRules.Analytics.Calibration;

/// <summary>
/// Puts a lead in the holdout by a hash of its id and a seed (FNV-1a, then a SplitMix64 mix): the same lead lands on
/// the same side whatever the order of the input or the threads.
/// </summary>
internal sealed class HoldoutSplit
{
    private readonly ulong _seed;
    private readonly double _share;

    public HoldoutSplit(int seed, double share)
    {
        _seed = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL);
        _share = share;
    }

    public bool IsHoldout(string id) => Uniform(id) < _share;

    /// <summary>A number in [0, 1) drawn from the id and the seed.</summary>
    public double Uniform(string id)
    {
        unchecked
        {
            var hash = 0xCBF29CE484222325UL;
            foreach (var c in id)
            {
                hash = (hash ^ c) * 0x100000001B3UL;
            }

            var z = hash + _seed + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
