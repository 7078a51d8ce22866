using System;

namespace LeadRules;

/// <summary>The fixed lower-case names of temperatures and owners used in rule files and output.</summary>
public static class Names
{
    /// <summary><c>cold</c>, <c>warm</c> or <c>qualified</c>.</summary>
    public static string ToName(this Temperature temperature) => temperature switch
    {
        Temperature.Cold => "cold",
        Temperature.Warm => "warm",
        Temperature.Qualified => "qualified",
        _ => throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Not a temperature."),
    };

    /// <summary><c>marketing</c> or <c>sales</c>.</summary>
    public static string ToName(this Owner owner) => owner switch
    {
        Owner.Marketing => "marketing",
        Owner.Sales => "sales",
        _ => throw new ArgumentOutOfRangeException(nameof(owner), owner, "Not an owner."),
    };

    /// <summary>Reads a temperature name (exact, lower case).</summary>
    public static bool TryParseTemperature(string? name, out Temperature temperature)
    {
        switch (name)
        {
            case "cold": temperature = Temperature.Cold; return true;
            case "warm": temperature = Temperature.Warm; return true;
            case "qualified": temperature = Temperature.Qualified; return true;
            default: temperature = default; return false;
        }
    }

    /// <summary>Reads an owner name (exact, lower case).</summary>
    public static bool TryParseOwner(string? name, out Owner owner)
    {
        switch (name)
        {
            case "marketing": owner = Owner.Marketing; return true;
            case "sales": owner = Owner.Sales; return true;
            default: owner = default; return false;
        }
    }
}
