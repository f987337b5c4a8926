using Archive.Records;

namespace Archive.Web.Discovery;

/// <summary>A collection of this archive as the about page and its feed name it: publisher, licence, and how many transcripts.</summary>
public sealed record CollectionCredit(CollectionInfo Info, int Transcripts);
