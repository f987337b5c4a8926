namespace Archive.Web.Api;

public sealed record ApiError(string Error);
