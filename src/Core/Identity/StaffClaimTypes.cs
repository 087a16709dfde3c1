namespace CchcFeedback.Core.Identity;

public static class StaffClaimTypes
{
    /// <summary>The id of a department the principal belongs to; one claim per department.</summary>
    public const string Department = "cchc:department";

    /// <summary>Set to "mfa" by Identity when the sign-in used a second factor.</summary>
    public const string AuthenticationMethod = "amr";

    /// <summary>Identifies an API client principal (its public key id).</summary>
    public const string ApiClient = "cchc:api_client";
}
