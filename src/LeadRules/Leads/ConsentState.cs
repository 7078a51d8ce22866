namespace LeadRules.Leads;

/// <summary>What a lead said about being contacted on one channel.</summary>
public enum ConsentState
{
    /// <summary>The lead has not said; strategies that need this consent stay eligible.</summary>
    Unknown = 0,

    /// <summary>The lead agreed to be contacted.</summary>
    Granted = 1,

    /// <summary>The lead refused; strategies that need this consent are never recommended.</summary>
    Denied = 2,
}
