using Archive.Records;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Archive.Search.Storage;

/// <summary>
/// Reads an index file with one positional read (<c>pread</c>) per buffer refill, on a handle
/// shared by every clone. <c>NIOFSDirectory</c>'s input goes through a <c>FileStream</c>, which
/// asks the kernel for the file's size (<c>fstat</c>) before every read: at 1M paragraphs a rare
/// word's search made about 80 reads, so 80 system calls of the 160 were for nothing.
/// </summary>
internal sealed class PositionalIndexInput : BufferedIndexInput
{
    private readonly SafeFileHandle _handle;
    private readonly long _length;
    private bool _isClone;

    private PositionalIndexInput(string path, SafeFileHandle handle, int bufferSize)
        : base($"PositionalIndexInput(path=\"{path}\")", bufferSize)
    {
        _handle = handle;
        _length = RandomAccess.GetLength(handle);
    }

    public static PositionalIndexInput Open(string path, int bufferSize)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.RandomAccess);
        try
        {
            return new PositionalIndexInput(path, handle, bufferSize);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public override long Length => _length;

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        // Position is where the bytes asked for start: BufferedIndexInput sets it before asking.
        var position = Position;
        if (position + length > _length || PositionalRead.Fill(_handle, b.AsSpan(offset, length), position) < length)
        {
            throw new EndOfStreamException($"Read past the end of {this}: {length} bytes at {position} of {_length}.");
        }
    }

    protected override void SeekInternal(long pos)
    {
        // Nothing to do: every read says where it starts.
    }

    public override object Clone()
    {
        var clone = (PositionalIndexInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        // Clones share the handle of the input they came from, which closes it.
        if (disposing && !_isClone)
        {
            _handle.Dispose();
        }
    }
}
