namespace Archive.Web.Api.OpenApi;

/// <summary>
/// What the OpenAPI document says of one endpoint beyond what its route and handler show: the type its
/// 200 answer serializes (for the schema), and the query parameters the handler reads from the request itself.
/// </summary>
public sealed record ApiOperation(string Summary, string Description, Type? Response = null, IReadOnlyList<ApiQueryParameter>? Query = null);
