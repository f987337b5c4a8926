using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Archive.Import.Publishing;

/// <summary>
/// The two system calls that publishing needs and .NET does not offer as such: rename(2), which
/// replaces a symbolic link in one atomic step, and link(2), which creates a file only if its name is
/// free (the lock). .NET's File.Move refuses a link to a folder as its source and copies where it
/// cannot rename; neither may happen here.
/// </summary>
internal static partial class PosixFiles
{
    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, replacing whatever file or link <paramref name="to"/> is, atomically.</summary>
    public static void Rename(string from, string to)
    {
        if (NativeMethods.rename(from, to) != 0)
        {
            throw new IOException($"Cannot rename {from} to {to}: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        }
    }

    /// <summary>Gives <paramref name="existing"/> a second name; false if <paramref name="name"/> is taken.</summary>
    public static bool TryLink(string existing, string name)
    {
        if (NativeMethods.link(existing, name) == 0)
        {
            return true;
        }
        var error = Marshal.GetLastPInvokeError();
        return error == EEXIST ? false : throw new IOException($"Cannot link {name}: {new Win32Exception(error).Message}");
    }

    private const int EEXIST = 17;

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
#pragma warning disable SYSLIB1054, CA5392 // LibraryImport would need unsafe code for two calls; libc is the system's own.
        public static extern int rename(string oldpath, string newpath);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int link(string oldpath, string newpath);
#pragma warning restore SYSLIB1054, CA5392
    }
}
