using System.Diagnostics;
using System.Globalization;

namespace Archive.Import;

/// <summary>
/// Files done of total and the rate. On a terminal one line is rewritten in place a few times a second;
/// when the output is redirected (a log, CI) a plain line is written every tenth of the way, so a
/// 5,000-file import leaves ten lines, not five thousand.
/// </summary>
public sealed class ImportProgress(TextWriter writer, bool interactive, int total)
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(250);

    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.Zero;
    private int _nextTenth = 1;

    public TimeSpan Elapsed => _watch.Elapsed;

    public void Advance(int done)
    {
        if (interactive)
        {
            if (_watch.Elapsed - _lastDraw >= RedrawEvery || done == total)
            {
                _lastDraw = _watch.Elapsed;
                writer.Write("\r" + Line(done));
            }
            return;
        }
        if (total > 0 && done * 10 >= _nextTenth * total)
        {
            while (done * 10 >= _nextTenth * total)
            {
                _nextTenth++;
            }
            writer.WriteLine(Line(done));
        }
    }

    /// <summary>Ends the rewritten line so that what follows starts on a fresh one.</summary>
    public void Finish()
    {
        if (interactive)
        {
            writer.WriteLine();
        }
    }

    private string Line(int done)
    {
        var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture, $"Imported {done:N0} of {total:N0} files ({done / seconds:N0} files/s)");
    }
}
