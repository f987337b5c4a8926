using Archive.Records;

namespace Archive.Import.Collections;

/// <summary>
/// The collections the importer knows, with their publisher, licence and attribution: the one place
/// this is written down. Readers name a collection by id; the importer writes the ones used to
/// <c>collections.json</c>.
/// </summary>
public static class KnownCollections
{
    public static CollectionInfo Kremlin { get; } = new()
    {
        Id = "kremlin",
        Name = "en.kremlin.ru",
        Publisher = "President of Russia",
        Homepage = "http://en.kremlin.ru/",
        Licence = "CC BY 4.0",
        LicenceUrl = "https://creativecommons.org/licenses/by/4.0/",
        // The site's terms (en.kremlin.ru/about/copyrights) ask for this credit and a link to the page used.
        Attribution = "President of Russia / kremlin.ru, under CC BY 4.0, with a link to the original page.",
    };

    public static CollectionInfo MillerCenter { get; } = new()
    {
        Id = "miller-center",
        Name = "Miller Center Presidential Speeches",
        Publisher = "Miller Center, University of Virginia",
        Homepage = "https://millercenter.org/the-presidency/presidential-speeches",
        Licence = "Public domain",
        LicenceUrl = "https://www.copyright.gov/title17/92chap1.html#105",
        Attribution = "Speeches of US presidents are works of the US government, in the public domain (17 U.S.C. 105); transcripts from the Miller Center, University of Virginia.",
    };

    /// <summary>A content folder of one's own: no publisher of its own (a citation names the record's source) and no licence stated.</summary>
    public static CollectionInfo Local { get; } = new()
    {
        Id = CollectionInfo.LocalId,
        Name = "Local transcripts",
        Publisher = "",
        Licence = "Not stated",
    };

    public static IReadOnlyList<CollectionInfo> All { get; } = [Kremlin, MillerCenter, Local];

    public static bool TryGet(string id, out CollectionInfo collection)
    {
        collection = All.FirstOrDefault(c => c.Id == id)!;
        return collection is not null;
    }

    /// <summary>The ids a <c>Collection:</c> line may name, for messages.</summary>
    public static string Ids => string.Join(", ", All.Select(c => c.Id));
}
