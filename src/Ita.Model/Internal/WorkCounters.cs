namespace Ita.Model;

/// <summary>Counts the expensive steps — JSON texts parsed, inputs scored — of the current asynchronous flow while
/// someone tracks it, so a test can prove that a command reads and scores a document once. When nothing is tracked a
/// step costs one <see cref="AsyncLocal{T}"/> read.</summary>
internal static class WorkCounters
{
    private static readonly AsyncLocal<Counts?> Current = new();

    /// <summary>Starts counting the steps of the current flow (and of the flows it starts).</summary>
    /// <returns>The counts; dispose them to stop counting.</returns>
    public static Counts Track()
    {
        var counts = new Counts();
        Current.Value = counts;
        return counts;
    }

    /// <summary>Counts one JSON text parsed into a tree.</summary>
    public static void Parsed()
    {
        if (Current.Value is { } counts)
        {
            counts.AddParse();
        }
    }

    /// <summary>Counts one input scored by the engine.</summary>
    public static void Scored()
    {
        if (Current.Value is { } counts)
        {
            counts.AddScoring();
        }
    }

    /// <summary>The steps counted since <see cref="Track"/>.</summary>
    internal sealed class Counts : IDisposable
    {
        private int _parses;
        private int _scorings;

        /// <summary>Gets the number of JSON texts parsed.</summary>
        public int Parses => Volatile.Read(ref _parses);

        /// <summary>Gets the number of inputs scored.</summary>
        public int Scorings => Volatile.Read(ref _scorings);

        /// <summary>Stops counting.</summary>
        public void Dispose()
        {
            if (ReferenceEquals(Current.Value, this))
            {
                Current.Value = null;
            }
        }

        internal void AddParse() => Interlocked.Increment(ref _parses);

        internal void AddScoring() => Interlocked.Increment(ref _scorings);
    }
}
