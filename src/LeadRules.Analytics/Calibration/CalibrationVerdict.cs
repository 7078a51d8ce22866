namespace LeadRules.Analytics.Calibration;

/// <summary>What calibration made of one rule.</summary>
public enum CalibrationVerdict
{
    /// <summary>The rule gets the points its coefficient scales to.</summary>
    Fitted,

    /// <summary>A rule of a <c>negative</c>-group type that the data confirms: it keeps subtracting points.</summary>
    SignKept,

    /// <summary>A rule of a <c>negative</c>-group type whose interval is wholly positive: it now adds points.</summary>
    SignFlipped,

    /// <summary>No points: the coefficient's 95% interval crosses zero.</summary>
    ThinEvidence,

    /// <summary>No points: the rule held, or failed to hold, for fewer than <see cref="CalibrationOptions.MinLeads"/> training leads.</summary>
    TooFewLeads,

    /// <summary>No points: the coefficient is so small it rounds to 0 points.</summary>
    RoundsToZero,
}
