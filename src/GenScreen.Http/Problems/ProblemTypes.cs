namespace GenScreen.Http.Problems;

/// <summary>RFC 9457 problem type URIs GenScreen returns (documented in docs/api.md).</summary>
public static class ProblemTypes
{
    public const string InvalidJson = "urn:genscreen:problem:invalid-json";
    public const string Validation = "urn:genscreen:problem:validation";
    public const string DuplicateProperty = "urn:genscreen:problem:duplicate-property";
    public const string UnknownPolicy = "urn:genscreen:problem:unknown-policy";
    public const string BodyTooLarge = "urn:genscreen:problem:body-too-large";
    public const string UnsupportedMediaType = "urn:genscreen:problem:unsupported-media-type";
    public const string RequestIdConflict = "urn:genscreen:problem:request-id-conflict";
    public const string NotFound = "urn:genscreen:problem:not-found";
    public const string Unauthorized = "urn:genscreen:problem:unauthorized";
    public const string Forbidden = "urn:genscreen:problem:forbidden";
    public const string ScreeningUnavailable = "urn:genscreen:problem:screening-unavailable";
    public const string ImageScreeningDisabled = "urn:genscreen:problem:image-screening-disabled";
    public const string NotReportable = "urn:genscreen:problem:not-reportable";
    public const string FeatureDisabled = "urn:genscreen:problem:feature-disabled";
    public const string ReviewConflict = "urn:genscreen:problem:review-conflict";
    public const string Internal = "urn:genscreen:problem:internal";
}
