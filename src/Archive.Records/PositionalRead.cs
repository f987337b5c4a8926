using Microsoft.Win32.SafeHandles;

namespace Archive.Records;

/// <summary>Reading a run of bytes at an offset of a file shared by many threads (positional reads, no seek).</summary>
public static class PositionalRead
{
    /// <summary>
    /// Fills <paramref name="into"/> from <paramref name="offset"/> on, as many reads as it takes;
    /// returns how many bytes it read, fewer than asked only where the file ends.
    /// </summary>
    public static int Fill(SafeFileHandle file, Span<byte> into, long offset)
    {
        var done = 0;
        while (done < into.Length)
        {
            var read = RandomAccess.Read(file, into[done..], offset + done);
            if (read <= 0)
            {
                break;
            }
            done += read;
        }
        return done;
    }
}
