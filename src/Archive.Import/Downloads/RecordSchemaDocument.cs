using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Archive.Records;

namespace Archive.Import.Downloads;

/// <summary>
/// The JSON Schema of a record, generated from <see cref="Transcript"/> with the very serializer
/// options that write records (<see cref="RecordJson"/>), so the schema cannot drift from the files.
/// Field meanings are in docs/record-format.md; the schema gives names, types and which may be null.
/// </summary>
public static class RecordSchemaDocument
{
    public static string Json()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(RecordJson.Options, typeof(Transcript),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Transcript record, schema {RecordSchema.Version}",
            ["description"] = "One line of records.jsonl: a transcript as the archive's importer wrote it. Field meanings: docs/record-format.md.",
        };
        foreach (var (key, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(key);
            document[key] = value;
        }
        return document.ToJsonString(new JsonSerializerOptions(RecordJson.Options) { WriteIndented = true }) + "\n";
    }
}
