namespace LeadRules.Leads.Mapping;

/// <summary>A name written in a mapping file (a column or a contact-point type) and where it was written.</summary>
internal readonly struct NameAt
{
    public NameAt(string name, int line, int column)
    {
        Name = name;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    public int Line { get; }

    public int Column { get; }
}
