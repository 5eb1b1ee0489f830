namespace BackInStock.Emulator.Errors;

/// <summary>
/// Every error the emulator answers with. Codes follow Engage's where Engage names one
/// (ContactNotFound, ValidationError, ...); the gateway maps these to each route's wire dialect in one place.
/// </summary>
public static class ErrorCatalogue
{
    public static readonly EmulatorError ValidationError = new("ValidationError", 400, "One or more fields are invalid.");
    public static readonly EmulatorError MalformedJson = new("MalformedJson", 400, "The request body is not valid JSON.");
    public static readonly EmulatorError BadRequest = new("BadRequest", 400, "The request could not be read.");
    public static readonly EmulatorError NoData = new("NoData", 400, "The request has no body; a JSON document is required.");
    public static readonly EmulatorError InvalidEmailAddress = new("InvalidEmailAddress", 400, "The email address is not valid.");
    public static readonly EmulatorError InvalidPhoneNumber = new("InvalidPhoneNumber", 400, "The phone number is not valid.");
    public static readonly EmulatorError InvalidSocialSecurityNumber = new("InvalidSocialSecurityNumber", 400, "The social security number is not valid.");
    public static readonly EmulatorError InvalidContactType = new("InvalidContactType", 400, "The contact type does not exist in this tenant.");
    public static readonly EmulatorError InvalidSearchQuery = new("InvalidSearchQuery", 400, "The lookup names no key to search by.");
    public static readonly EmulatorError UnknownStore = new("UnknownStore", 400, "The store names no tenant of this emulator.");
    public static readonly EmulatorError TenantRequired = new("TenantRequired", 400, "Several tenants are configured: the request must name its tenant.");
    public static readonly EmulatorError UnknownTenant = new("UnknownTenant", 400, "The request names no configured tenant.");
    public static readonly EmulatorError ItemNotFound = new("ItemNotFound", 400, "The item is not in the catalog.");
    public static readonly EmulatorError HostNotAllowed = new("HostNotAllowed", 400, "The Host header names a host this emulator does not serve.");
    public static readonly EmulatorError InvalidRevision = new("InvalidRevision", 400, "The revision header names no API revision.");
    public static readonly EmulatorError Unauthorized = new("Unauthorized", 401, "The API key is missing or not valid.");
    public static readonly EmulatorError CaptchaFailed = new("CaptchaFailed", 403, "The captcha token is missing or did not verify.");
    public static readonly EmulatorError CrossSiteRequest = new("CrossSiteRequest", 403, "Control-plane writes are refused from another site.");
    public static readonly EmulatorError AdminKeyRequired = new("AdminKeyRequired", 403, "This control-plane request needs the admin key.");
    public static readonly EmulatorError RouteNotFound = new("NotFound", 404, "No operation exists at this address.");
    public static readonly EmulatorError RevisionNotFound = new("RevisionNotFound", 404, "No valid revisions found for method.");
    public static readonly EmulatorError ContactNotFound = new("ContactNotFound", 404, "The contact does not exist.");
    public static readonly EmulatorError SubscriptionNotFound = new("SubscriptionNotFound", 404, "The back-in-stock subscription does not exist.");
    public static readonly EmulatorError FeedNotFound = new("FeedNotFound", 404, "No product feed exists for the locale.");
    public static readonly EmulatorError UpstreamUnreachable = new("UpstreamUnreachable", 502, "Forward mode: the Engage tenant could not be reached.");
    public static readonly EmulatorError DataFileMissing = new("DataFileMissing", 503, "The data file is gone; nothing written now would be kept.");
    public static readonly EmulatorError NotReady = new("NotReady", 503, "The emulator is not ready to serve.");
    public static readonly EmulatorError UpstreamTimeout = new("UpstreamTimeout", 504, "Forward mode: the Engage tenant did not answer in time.");
    public static readonly EmulatorError OperationNotFound = new("OperationNotFound", 404, "The contract has no operation with this operationId.");
    public static readonly EmulatorError EmailNotFound = new("EmailNotFound", 404, "The email is not in the outbox.");
    public static readonly EmulatorError MethodNotAllowed = new("MethodNotAllowed", 405, "The operation does not accept this HTTP method.");
    public static readonly EmulatorError ApprovedContactWithKeyExists = new("ApprovedContactWithKeyExists", 409, "A contact with this key already exists.");
    public static readonly EmulatorError MultipleMatches = new("MultipleMatches", 409, "More than one contact matches the lookup.");
    public static readonly EmulatorError ImportInterrupted = new("ImportInterrupted", 409, "The tenant was reset while the import ran.");
    public static readonly EmulatorError PayloadTooLarge = new("PayloadTooLarge", 413, "The request body is too large.");
    public static readonly EmulatorError UnsupportedMediaType = new("UnsupportedMediaType", 415, "The request body must be application/json.");
    public static readonly EmulatorError TooManyRequests = new("TooManyRequests", 429, "Too many requests from this client.");
    public static readonly EmulatorError InternalError = new("InternalError", 500, "The emulator failed to handle the request.");

    public static EmulatorException Exception(EmulatorError error, string detail) => new(error, detail);

    /// <summary>A refusal that blames one parameter or field, so the answer names it (Engage's validationErrors).</summary>
    public static EmulatorException Invalid(EmulatorError error, string field, string detail) =>
        new(error, detail, new Dictionary<string, List<string>>(StringComparer.Ordinal) { [field] = [detail] });

    /// <summary>A lookup that matched several contacts: Engage's 409 names each in <c>messageDetails.multipleMatchesFound</c>.</summary>
    public static EmulatorException MultipleMatchesFound(IEnumerable<Guid> contactIds, string detail) =>
        new(MultipleMatches, detail) { MessageDetails = new MessageDetails([.. contactIds]) };
}
