namespace LeadRules.Evaluation;

/// <summary>
/// A walk over the scoring rules that held, in rule-file order, giving each rule's name and points as scoring kept
/// them: the reasons of an assessment without building their array of <see cref="Reason"/> values, for writers that format them
/// straight to text.
/// </summary>
internal struct HeldReasons
{
    private readonly string[] _names;
    private readonly double[] _constantPoints;
    private readonly RuleBits _held;
    private readonly double[] _varyingPoints;
    private int _rule;
    private int _varying;

    /// <param name="names">The scoring rules' names, in order.</param>
    /// <param name="constantPoints">Each rule's constant points, or NaN for rules whose points vary.</param>
    /// <param name="held">The rules that held.</param>
    /// <param name="varyingPoints">The points of the held rules whose points vary, in rule order.</param>
    public HeldReasons(string[] names, double[] constantPoints, RuleBits held, double[] varyingPoints)
    {
        _names = names;
        _constantPoints = constantPoints;
        _held = held;
        _varyingPoints = varyingPoints;
        _rule = -1;
        _varying = 0;
        Points = 0;
    }

    /// <summary>The index of the current rule in the scoring workflow.</summary>
    public readonly int Rule => _rule;

    /// <summary>The current rule's name.</summary>
    public readonly string Name => _names[_rule];

    /// <summary>The current rule's points.</summary>
    public double Points { readonly get; private set; }

    /// <summary>Moves to the next rule that held; <see langword="false"/> past the last.</summary>
    public bool MoveNext()
    {
        _rule = _held.NextSet(_rule + 1);
        if (_rule < 0)
        {
            return false;
        }

        var points = _constantPoints[_rule];
        Points = double.IsNaN(points) ? _varyingPoints[_varying++] : points;
        return true;
    }
}
