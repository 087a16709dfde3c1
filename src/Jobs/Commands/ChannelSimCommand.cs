using System.CommandLine;
using System.CommandLine.Parsing;
using CchcFeedback.ChannelSim;
using CchcFeedback.Core;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Jobs.Commands;

/// <summary><c>./cchc channel-sim zalo|facebook TEXT</c>: plays the platform for the running Api and Jobs
/// (<see cref="ChannelSimulator"/>), with the channels' settings as the hosts read them. It needs no database.</summary>
public static class ChannelSimCommand
{
    public static Command Build()
    {
        var channel = new Argument<string>("channel") { Description = "zalo or facebook" };
        channel.AcceptOnlyFromAmong(ChannelNames.Zalo, ChannelNames.Facebook);
        var text = new Argument<string>("text") { Description = "What the person writes" };
        var user = new Option<string>("--user")
        {
            Description = "The person's id on the platform; the same id across runs continues one conversation",
            DefaultValueFactory = _ => ChannelSimulator.DefaultUser,
        };
        var api = new Option<Uri>("--api")
        {
            Description = "The running Api",
            DefaultValueFactory = _ => new Uri("http://localhost:8081/"),
            CustomParser = r => Uri.TryCreate(r.Tokens.Single().Value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url
                : Fail(r, "--api must be an absolute http(s) address, e.g. http://localhost:8081"),
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the reply", DefaultValueFactory = _ => (int)ChannelSimulator.DefaultTimeout.TotalSeconds };
        timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 600)
            {
                r.AddError("--timeout must be between 1 and 600 seconds");
            }
        });
        var command = new Command("channel-sim", "Send a person's text to the running Api as Zalo or Facebook would, and print the reply") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(channel);
        command.Arguments.Add(text);
        command.Options.Add(user);
        command.Options.Add(api);
        command.Options.Add(timeout);
        command.SetAction(async (result, cancellationToken) =>
        {
            var builder = Host.CreateApplicationBuilder([.. result.UnmatchedTokens]);
            builder.Services.AddValidatedOptions<ZaloOptions>(builder.Configuration, ZaloOptions.Section);
            builder.Services.AddValidatedOptions<FacebookOptions>(builder.Configuration, FacebookOptions.Section);
            using var host = builder.Build();
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            ChannelSimulator simulator;
            try
            {
                simulator = new ChannelSimulator(host.Services.GetRequiredService<IOptions<ZaloOptions>>().Value,
                    host.Services.GetRequiredService<IOptions<FacebookOptions>>().Value, output, error, TimeProvider.System);
            }
            catch (OptionsValidationException exception)
            {
                error.WriteLine("Thiếu hoặc sai cấu hình / Missing or invalid setting: " + string.Join(" ", exception.Failures));
                return 2;
            }
            var message = new SimulatedMessage(result.GetRequiredValue(channel), result.GetRequiredValue(text), result.GetRequiredValue(user),
                result.GetRequiredValue(api), TimeSpan.FromSeconds(result.GetValue(timeout)));
            return await simulator.RunAsync(message, cancellationToken);
        });
        return command;
    }

    private static Uri? Fail(ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }
}
