namespace Archive.Import.Speakers;

/// <summary>Two speaker names that may be one person: <see cref="Alias"/> would be credited to <see cref="Name"/>, for the reason given.</summary>
public sealed record SpeakerVariant(string Alias, string Name, string Reason);
