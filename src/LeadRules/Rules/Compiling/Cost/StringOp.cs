namespace LeadRules.Rules.Compiling.Cost;

/// <summary>What one call of a <see cref="string"/> member costs, given the longest strings it is called on.</summary>
/// <param name="Work">Units of work.</param>
/// <param name="NewChars">Characters of the new string it makes (0 when it makes none).</param>
/// <param name="Length">The most characters of the string it gives (0 when it gives no string).</param>
/// <param name="Culture">Whether it compares culture-sensitively, which costs <see cref="StringCost.CultureFactor"/> times more.</param>
internal sealed record StringOp(double Work, double NewChars, double Length, bool Culture);
