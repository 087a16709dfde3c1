namespace CchcFeedback.Core.Auditing;

public static class AuditActions
{
    public const string SignedIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string LockedOut = "locked_out";
    public const string SignedOut = "sign_out";
    public const string PasswordChanged = "password_changed";
    public const string PasswordResetRequested = "password_reset_requested";
    public const string PasswordReset = "password_reset";
    public const string TwoFactorEnabled = "two_factor_enabled";
    public const string TwoFactorDisabled = "two_factor_disabled";
    public const string UserCreated = "user_created";
    public const string UserChanged = "user_changed";
    public const string UserDisabled = "user_disabled";
    public const string UserEnabled = "user_enabled";
    public const string ApiClientCreated = "api_client_created";
    public const string ApiClientRevoked = "api_client_revoked";
    public const string KioskCreated = "kiosk_created";
    public const string KioskRevoked = "kiosk_revoked";
    public const string AccessDenied = "access_denied";
    public const string CatalogImported = "catalog_imported";
    public const string TouchpointRevoked = "touchpoint_revoked";
    public const string TouchpointReissued = "touchpoint_reissued";
    public const string SurveyResponseAccepted = "survey_response_accepted";
    public const string SurveyResponseRejected = "survey_response_rejected";
    public const string StatisticsExported = "statistics_exported";
    public const string PetitionOriginalViewed = "petition_original_viewed";
    public const string PetitionContactDeleted = "petition_contact_deleted";
    public const string PetitionContactsPurged = "petition_contacts_purged";
    public const string PetitionRoutedManually = "petition_routed_manually";
    public const string CalendarDaySet = "calendar_day_set";
    public const string CalendarDayRemoved = "calendar_day_removed";
    public const string OutboxMessageRetried = "outbox_message_retried";
}
