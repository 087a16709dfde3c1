using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Security;

public class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Secret for the keyed hash that lets contact details be looked up without decrypting them.
    /// Every instance must share it; changing it orphans existing look-ups.</summary>
    [Required(ErrorMessage = "Security:LookupHashKey is required (at least 32 characters, shared by every instance).")]
    [MinLength(32)]
    public required string LookupHashKey { get; set; }

    /// <summary>When true, an Admin must have signed in with a second factor (TOTP) to use Admin pages.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>HSTS and redirection to HTTPS; off only for local development and tests.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Path of a PFX file whose certificate encrypts the Data Protection keys before they are stored in
    /// the database, so that a dump of the database alone cannot decrypt citizens' contact details. Required in
    /// Production (<see cref="KeyRingCheck"/>); every instance must have the same certificate.</summary>
    public string? DataProtectionCertificate { get; set; }

    /// <summary>Password of <see cref="DataProtectionCertificate"/>, if it has one.</summary>
    public string? DataProtectionCertificatePassword { get; set; }
}
