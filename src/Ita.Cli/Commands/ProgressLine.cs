using System.Diagnostics;
using System.Text;

namespace Ita.Cli;

/// <summary>One status line on standard error, redrawn in place at most ten times a second; only on a terminal.</summary>
internal sealed class ProgressLine(CliContext context, bool enabled)
{
    private readonly bool _enabled = enabled && ReferenceEquals(context.Error is FittingWriter fitted ? fitted.Inner : context.Error, Console.Error) && !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _last = -1;
    private int _width;

    public void Show(string text)
    {
        if (!_enabled)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (now < 300 || now - _last < 100)
            {
                return;
            }

            _last = now;
            var line = new StringBuilder("\r").Append(text);
            line.Append(' ', Math.Max(0, _width - text.Length));
            _width = text.Length;
            context.Error.Write(line.ToString());
            context.Error.Flush();
        }
    }

    public void Clear()
    {
        if (!_enabled || _width == 0)
        {
            return;
        }

        lock (_gate)
        {
            context.Error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
