namespace LeadRules.Leads;

/// <summary>A lead's consent per contact channel: <c>email</c>, <c>phone</c> and <c>mail</c>.</summary>
public sealed class Consent
{
    /// <summary>Consent that is unknown on every channel.</summary>
    public static Consent Unknown { get; } = new();

    /// <summary>Creates a consent record; every channel defaults to <see cref="ConsentState.Unknown"/>.</summary>
    public Consent(ConsentState email = ConsentState.Unknown, ConsentState phone = ConsentState.Unknown, ConsentState mail = ConsentState.Unknown)
    {
        Email = email;
        Phone = phone;
        Mail = mail;
    }

    /// <summary>Consent to email.</summary>
    public ConsentState Email { get; }

    /// <summary>Consent to phone calls.</summary>
    public ConsentState Phone { get; }

    /// <summary>Consent to postal mail.</summary>
    public ConsentState Mail { get; }

    /// <summary>The consent for a channel name (<c>email</c>, <c>phone</c> or <c>mail</c>); any other name is unknown.</summary>
    public ConsentState For(string channel) => channel switch
    {
        "email" => Email,
        "phone" => Phone,
        "mail" => Mail,
        _ => ConsentState.Unknown,
    };
}
