namespace CchcFeedback.Web.Tests.Browser;

/// <summary>The Web host on a real loopback port and its own database holding the sample catalog.</summary>
public class KestrelWebFactory : KestrelWebApplicationFactory<Program>;
