using FluentAssertions;
using LeadRules.Analytics.Calibration;
using Xunit;

namespace LeadRules.Tests.Analytics.Calibration;

public sealed class ProposalNamesTests
{
    [Fact]
    public void Unique_ValueWithPunctuation_BecomesLowerCaseWordsWithoutTrailingUnderscore()
    {
        var names = new ProposalNames(new[] { "job_is_blue_collar" });

        names.Unique("job_is_admin.").Should().Be("job_is_admin");
        names.Unique("job_is_Blue-Collar").Should().Be("job_is_blue_collar_2");
        names.Unique("job_is_blue-collar").Should().Be("job_is_blue_collar_3");
    }
}
