using System.Collections.Generic;

namespace LeadRules.Leads.Mapping;

/// <summary>What a mapping file says, read and checked: filled by <see cref="MappingFileReader"/>, then never changed.</summary>
internal sealed class MappingSpec
{
    public char Delimiter { get; set; } = ',';

    public char Quote { get; set; } = '"';

    public string? IdColumn { get; set; }

    public string? LabelColumn { get; set; }

    public List<string> Positive { get; } = new();

    public bool IgnoreUnmapped { get; set; }

    public List<PointSource> Points { get; } = new();

    public List<ConsentSource> Consents { get; } = new();

    public List<AttributeSource> Attributes { get; } = new();

    /// <summary>Every column the mapping reads, where it is named, in file order.</summary>
    public List<NameAt> Columns { get; } = new();

    /// <summary>Every contact-point type the mapping gives, where it is named, in file order.</summary>
    public List<NameAt> Types { get; } = new();
}
