namespace CchcFeedback.Web.Tests;

/// <summary>The Web host on its own database holding the sample catalog.</summary>
public class WebFactory : CchcWebApplicationFactory<Program>;
