namespace LeadRules;

/// <summary>How close a lead is to buying. Its name in rule files and output is <see cref="Names.ToName(Temperature)"/>.</summary>
public enum Temperature
{
    /// <summary><c>cold</c>: does not know the brand and has no plan to buy.</summary>
    Cold = 0,

    /// <summary><c>warm</c>: has heard of the business, may be interested, has reached out.</summary>
    Warm = 1,

    /// <summary><c>qualified</c>: knows the business and what they want, ready to buy, needs convincing.</summary>
    Qualified = 2,
}
