namespace LeadRules.Leads;

/// <summary>A lead's consent per contact channel: <c>email</c>, <c>phone</c> and <c>mail</c>.</summary>
public sealed class Consent
{
    /// <summary>Consent that is unknown on every channel.</summary>
    public static Consent Unknown { get; } = new();

    /// <summary>Creates a consent record; every channel defaults to <see cref="ConsentState.Unknown"/>.</summary>
    /// <param name="email">Consent to email.</param>
    /// <param name="phone">Consent to phone calls.</param>
    /// <param name="mail">Consent to postal mail.</param>
    public Consent(ConsentState email = ConsentState.Unknown, ConsentState phone = ConsentState.Unknown, ConsentState mail = ConsentState.Unknown)
    {
        Email = email;
        Phone = phone;
        Mail = mail;
    }

    /// <summary>Creates a consent record from a CRM's nullable flags: <see langword="true"/> granted, <see langword="false"/> denied, <see langword="null"/> unknown.</summary>
    /// <param name="email">Consent to email.</param>
    /// <param name="phone">Consent to phone calls.</param>
    /// <param name="mail">Consent to postal mail.</param>
    /// <returns>The consent record.</returns>
    public static Consent From(bool? email, bool? phone, bool? mail) => new(State(email), State(phone), State(mail));

    /// <summary>The consent state a nullable flag means: <see langword="true"/> granted, <see langword="false"/> denied, <see langword="null"/> unknown.</summary>
    /// <param name="granted">The flag as a CRM stores it.</param>
    /// <returns>The state.</returns>
    public static ConsentState State(bool? granted) => granted switch
    {
        true => ConsentState.Granted,
        false => ConsentState.Denied,
        null => ConsentState.Unknown,
    };

    /// <summary>Consent to email.</summary>
    public ConsentState Email { get; }

    /// <summary>Consent to phone calls.</summary>
    public ConsentState Phone { get; }

    /// <summary>Consent to postal mail.</summary>
    public ConsentState Mail { get; }

    /// <summary>The consent for a channel name (<c>email</c>, <c>phone</c> or <c>mail</c>); any other name is unknown.</summary>
    /// <param name="channel"><c>email</c>, <c>phone</c> or <c>mail</c>, exact and lower case.</param>
    /// <returns>The consent for that channel; <see cref="ConsentState.Unknown"/> for any other name.</returns>
    public ConsentState For(string channel) => channel switch
    {
        "email" => Email,
        "phone" => Phone,
        "mail" => Mail,
        _ => ConsentState.Unknown,
    };
}
