using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Calendar;
using Microsoft.Extensions.Configuration;

namespace CchcFeedback.Core.Tests.Calendar;

public class PetitionClockOptionsTests
{
    [Fact]
    public void Defaults_FollowPetitionRules()
    {
        var options = new PetitionClockOptions();

        Assert.Equal(TimeLimit.WorkingDays(5), options.PetitionForward);
        Assert.Equal(TimeLimit.WorkingDays(10), options.PetitionAnswer);
        Assert.Null(options.RemarkAnswer);
        Assert.Equal(TimeLimit.CalendarDays(10), options.ComplaintAcceptance);
        Assert.Equal(TimeLimit.CalendarDays(30), options.ComplaintDecision);
        Assert.Equal(TimeLimit.CalendarDays(45), options.ComplexComplaintDecision);
    }

    [Fact]
    public void Bind_ConfiguredClock_ReplacesTheDefault()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PetitionClocks:PetitionAnswer:Days"] = "15",
                ["PetitionClocks:PetitionAnswer:Unit"] = "CalendarDays",
                ["PetitionClocks:RemarkAnswer:Days"] = "20",
                ["PetitionClocks:RemarkAnswer:Unit"] = "WorkingDays",
            })
            .Build();

        var options = configuration.GetSection(PetitionClockOptions.Section).Get<PetitionClockOptions>()!;

        Assert.Equal(TimeLimit.CalendarDays(15), options.PetitionAnswer);
        Assert.Equal(TimeLimit.WorkingDays(20), options.RemarkAnswer);
        Assert.Equal(TimeLimit.WorkingDays(5), options.PetitionForward);
    }

    [Fact]
    public void Validate_ComplexComplaintShorterThanSimple_Fails()
    {
        var options = new PetitionClockOptions { ComplexComplaintDecision = TimeLimit.CalendarDays(20) };

        var results = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(nameof(PetitionClockOptions.ComplexComplaintDecision), Assert.Single(results).MemberNames);
    }
}
