using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Web.Api;

/// <summary>
/// An API error as RFC 9457 problem details (<c>application/problem+json</c>), like every error under
/// <c>/api</c> (ErrorResponses). The sentence is the problem's <c>detail</c> and also <c>error</c>,
/// the field the API answered with before problem details.
/// </summary>
public sealed class ApiError : ProblemDetails
{
    public ApiError(string error) => Detail = error;

    [JsonPropertyName("error")]
    [JsonPropertyOrder(10)]
    public string? Error => Detail;
}
