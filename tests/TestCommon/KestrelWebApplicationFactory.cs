using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.TestCommon;

/// <summary>A Web or Api host served by a real Kestrel on a free loopback port, for clients outside the process
/// (a browser): the in-memory TestServer cannot be reached over a socket.</summary>
public class KestrelWebApplicationFactory<TProgram> : CchcWebApplicationFactory<TProgram> where TProgram : class
{
    public KestrelWebApplicationFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The address Kestrel listens on, such as <c>http://127.0.0.1:40123/</c>; set once initialized.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        // The database first: the host reads its connection string while it starts.
        await base.InitializeAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(addresses.Single().TrimEnd('/') + "/");
    }
}
