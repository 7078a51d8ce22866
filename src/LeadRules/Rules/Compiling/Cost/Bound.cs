namespace LeadRules.Rules.Compiling.Cost;

/// <summary>
/// A static upper bound on one evaluation of an expression for any lead within the <see cref="Limits"/>: the work
/// it does, the bytes of strings it allocates, the longest string it gives (0 when it gives no string), and its
/// costliest step, for the message that refuses it.
/// </summary>
/// <param name="Work">Units of work: about one step over one character, or one operator.</param>
/// <param name="Bytes">Bytes of new strings: 2 per character and 24 per string.</param>
/// <param name="Length">The most characters of the string the expression gives.</param>
/// <param name="Costliest">What the costliest single step does, or <see langword="null"/> when no step costs more than one unit.</param>
/// <param name="Unknown">Why the expression cannot be bounded, or <see langword="null"/> when it can.</param>
internal readonly record struct Bound(double Work, double Bytes, double Length, Step? Costliest, string? Unknown);
