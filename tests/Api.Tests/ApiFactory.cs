namespace CchcFeedback.Api.Tests;

/// <summary>The Api host on its own database holding the sample catalog.</summary>
public class ApiFactory : CchcWebApplicationFactory<Program>;
