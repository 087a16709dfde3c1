using System.CommandLine;
using CchcFeedback.Core.Kiosks;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Pairs a counter tablet; the pairing URL (which holds its key) is printed once, alone on the last line.</summary>
public static class CreateKioskCommand
{
    public static Command Build()
    {
        var counter = new Argument<string>("counter") { Description = "The counter's code (e.g. TT_TINH-TP)" };
        var name = new Argument<string?>("name") { Description = "What the tablet is called (default 'Kiosk COUNTER')", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("create-kiosk", "Pair a counter tablet and print its pairing URL once") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(counter);
        command.Arguments.Add(name);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            try
            {
                var created = await services.GetRequiredService<KioskService>().CreateAsync(
                    result.GetRequiredValue(counter), result.GetValue(name), "cli", ct);
                Console.WriteLine($"Đã tạo kiosk / Kiosk created: {created.Kiosk.Name}, key id {created.Kiosk.KeyId}. " +
                    "Mở địa chỉ sau trên máy tính bảng / Open this address on the tablet:");
                Console.WriteLine(created.PairingUrl);
                return 0;
            }
            catch (ArgumentException exception)
            {
                Console.Error.WriteLine(KioskService.Reason(exception));
                return 1;
            }
        }, cancellationToken));
        return command;
    }
}
