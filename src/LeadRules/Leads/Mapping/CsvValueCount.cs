namespace LeadRules.Leads.Mapping;

/// <summary>A value found in a CSV column and how many rows held it.</summary>
public sealed class CsvValueCount
{
    internal CsvValueCount(string value, long count)
    {
        Value = value;
        Count = count;
    }

    /// <summary>The cell's text.</summary>
    public string Value { get; }

    /// <summary>How many rows held it.</summary>
    public long Count { get; }

    /// <summary>The value and its count, for messages.</summary>
    /// <returns><c>'value': count</c>.</returns>
    public override string ToString() => $"'{Value}': {Count}";
}
