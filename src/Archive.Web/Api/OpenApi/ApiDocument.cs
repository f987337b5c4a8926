using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Archive.Records;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, generated from the endpoints (Microsoft.AspNetCore.OpenApi):
/// the JSON API under <c>/api</c> and the feeds, with the words of <see cref="ApiOperations"/>.
/// </summary>
public static partial class ApiDocument
{
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        // The schemas are made with the site's JSON options: make them write what RecordJson writes
        // (paragraph kinds by name, numbers only as numbers).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<ParagraphKind>(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return services.AddOpenApi(options =>
        {
            options.ShouldInclude = d => d.RelativePath is { } path && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("feeds/", StringComparison.Ordinal))
                && d.HttpMethod is not null;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Speech Archive",
                    Version = "v1",
                    Description = "Read-only access to the archive's speech transcripts: the catalog, full records, browsing by date, venue and speaker, search, and Atom feeds. Every HTML page has a JSON twin under /api. See /help/api for examples.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(Describe);
        });
    }

    private static async Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (context.Description.RelativePath is not { } path)
        {
            return;
        }
        // "api/dates/{year}/{month?}/{day?}" and the like, as the table writes them: names only.
        var route = RouteParameter().Replace(path, "{$1}");
        operation.Responses ??= [];
        if (route.StartsWith("feeds/", StringComparison.Ordinal))
        {
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "An Atom 1.0 feed (RFC 4287).",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/atom+xml"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            };
        }
        // Refusals are described in words only: their JSON form is the error handling's to define.
        if (route.EndsWith("/search", StringComparison.Ordinal))
        {
            operation.Responses["400"] = new OpenApiResponse { Description = "The search could not be read: no q, or a bad date, order or page." };
        }
        else if (route.Contains('{', StringComparison.Ordinal))
        {
            operation.Responses["404"] = new OpenApiResponse { Description = "There is no such transcript, period, venue, speaker or collection." };
        }
        if (!ApiOperations.ByRoute.TryGetValue(route, out var described))
        {
            return;
        }
        operation.Summary = described.Summary;
        operation.Description = described.Description;
        foreach (var q in described.Query ?? [])
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = q.Name,
                In = ParameterLocation.Query,
                Description = q.Description,
                Required = q.Required,
                Schema = new OpenApiSchema
                {
                    Type = q.Integer ? JsonSchemaType.Integer : JsonSchemaType.String,
                    Enum = q.Values?.Select(v => (System.Text.Json.Nodes.JsonNode)v!).ToList(),
                },
            });
        }
        if (described.Response is { } type)
        {
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "OK",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(type, null, cancel).ConfigureAwait(false) },
                },
            };
        }
    }

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
