using System;

namespace LeadRules;

/// <summary>The fixed lower-case names of temperatures and owners used in rule files and output.</summary>
public static class Names
{
    /// <summary>The name of a temperature, as rule files and output spell it.</summary>
    /// <param name="temperature">The temperature.</param>
    /// <returns><c>cold</c>, <c>warm</c> or <c>qualified</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not a defined value.</exception>
    public static string ToName(this Temperature temperature) => temperature switch
    {
        Temperature.Cold => "cold",
        Temperature.Warm => "warm",
        Temperature.Qualified => "qualified",
        _ => throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "Not a temperature."),
    };

    /// <summary>The name of an owner, as rule files and output spell it.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns><c>marketing</c> or <c>sales</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="owner"/> is not a defined value.</exception>
    public static string ToName(this Owner owner) => owner switch
    {
        Owner.Marketing => "marketing",
        Owner.Sales => "sales",
        _ => throw new ArgumentOutOfRangeException(nameof(owner), owner, "Not an owner."),
    };

    /// <summary>Reads a temperature name (exact, lower case).</summary>
    /// <param name="name"><c>cold</c>, <c>warm</c> or <c>qualified</c>; any other text, or <see langword="null"/>, is not a temperature.</param>
    /// <param name="temperature">The temperature when the name is one; otherwise <see cref="Temperature.Cold"/> (the default).</param>
    /// <returns>Whether <paramref name="name"/> is a temperature name.</returns>
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
    /// <param name="name"><c>marketing</c> or <c>sales</c>; any other text, or <see langword="null"/>, is not an owner.</param>
    /// <param name="owner">The owner when the name is one; otherwise <see cref="Owner.Marketing"/> (the default).</param>
    /// <returns>Whether <paramref name="name"/> is an owner name.</returns>
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
