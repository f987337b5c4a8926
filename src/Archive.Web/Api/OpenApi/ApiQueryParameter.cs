namespace Archive.Web.Api.OpenApi;

/// <summary>A query parameter: its name, what it means, its JSON type (string or integer), and whether it must be given.</summary>
public sealed record ApiQueryParameter(string Name, string Description, bool Integer = false, bool Required = false, IReadOnlyList<string>? Values = null);
