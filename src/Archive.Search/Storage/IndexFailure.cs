using System.Diagnostics;
using System.Reflection;

namespace Archive.Search.Storage;

/// <summary>
/// Tells a damaged or unreadable index apart from a bug, without Lucene's types leaving this project.
/// User text never reaches Lucene's query parser, so an exception thrown inside Lucene while it reads
/// the index (CorruptIndexException, "read past EOF", a file gone, a checksum or an array index thrown
/// off by bad bytes) is the index, not the request: the site answers 503, not 500.
/// </summary>
public static class IndexFailure
{
    public static bool IsIndexFailure(Exception e)
    {
        if (e is AggregateException aggregate)
        {
            // A search runs the parts of the index on threads of their own.
            return aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsIndexFailure);
        }
        if (e.InnerException is { } inner && e is TypeInitializationException or TargetInvocationException)
        {
            return IsIndexFailure(inner);
        }
        return e is SearchIndexUnavailableException || ThrownInLucene(e) || (e is IOException && ThrownHere(e));
    }

    /// <summary>A short account for a log or a health report: the exception's type and message (which names the file).</summary>
    public static string Describe(Exception e) =>
        e is AggregateException { InnerExceptions: [var first, ..] } ? Describe(first) : $"{e.GetType().Name}: {e.Message}";

    private static bool ThrownInLucene(Exception e) =>
        FirstFrameAssembly(e)?.GetName().Name?.StartsWith("Lucene.Net", StringComparison.Ordinal) == true
        || e.GetType().Namespace?.StartsWith("Lucene.Net", StringComparison.Ordinal) == true;

    /// <summary>An I/O error from this project's own index input (<see cref="PositionalIndexInput"/>).</summary>
    private static bool ThrownHere(Exception e) => FirstFrameAssembly(e) == typeof(IndexFailure).Assembly;

    private static Assembly? FirstFrameAssembly(Exception e) =>
        new StackTrace(e, fNeedFileInfo: false).GetFrame(0)?.GetMethod()?.DeclaringType?.Assembly;
}
