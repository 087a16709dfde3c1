namespace CchcFeedback.Api.Open311;

// GeoReport v2 shapes, named exactly as the specification names their fields.
#pragma warning disable IDE1006

/// <summary>The answer to a POST: the new request's id (the tracking code) and what happens next.</summary>
public record Open311Created(string service_request_id, string service_notice, string? account_id);

/// <summary>One service request. description is left out: the citizen's own words may hold personal data.</summary>
public record Open311Request(
    string service_request_id,
    string status,
    string? status_notes,
    string service_name,
    string service_code,
    string? agency_responsible,
    string? service_notice,
    string requested_datetime,
    string updated_datetime,
    string? expected_datetime,
    string? address,
    string? address_id,
    string? zipcode,
    double? lat,
    double? @long,
    string? media_url);

public record Open311Error(int code, string description);
