namespace Archive.Web.Api;

public sealed record ApiSearchFilters(DateOnly? From, DateOnly? To, string? Venue, string? Speaker, string? Collection);
