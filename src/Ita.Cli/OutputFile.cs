using System.Security.Cryptography;

namespace Ita.Cli;

/// <summary>The one way the <c>ita</c> command line writes a file (docs/reliability.md, "Files the tool writes"): every
/// command that writes a file — batch results, reports, documents, synthetic years, anything given with
/// <c>--out</c> or <c>--out-dir</c> — checks its targets with <see cref="CheckTarget"/> before reading any input, and
/// writes each one with <see cref="Write"/>.</summary>
/// <remarks>
/// <para><see cref="Write"/> writes to a hidden temporary file in the target's directory (<c>.name.XXXXXXXX.ita-tmp</c>,
/// so that the final rename stays on one file system), flushes it to disk, and renames it over the target only when the
/// writer has finished without an exception. A run that fails, is interrupted or is killed leaves the previous file
/// untouched (or no file) — never a partial or truncated one. A process killed outright (SIGKILL, power loss) cannot
/// delete its temporary file; such leftovers are hidden, named <c>*.ita-tmp</c>, and safe to delete.</para>
/// <para>The rename is atomic on POSIX file systems and on NTFS (a reader sees the old or the new file, nothing
/// between).</para>
/// </remarks>
internal static class OutputFile
{
    /// <summary>The suffix of temporary files.</summary>
    public const string TempSuffix = ".ita-tmp";

    /// <summary>Checks, before any work, that <paramref name="path"/> can be written: it is not a directory, its
    /// directory exists and accepts new files, and it is none of <paramref name="inputs"/> (the same file under another
    /// name, a link, counts).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="inputs">The files the command reads.</param>
    /// <param name="option">The option that names the target, for messages (e.g. <c>--out</c>).</param>
    /// <exception cref="OutputTargetException">The target cannot be written; the message says why.</exception>
    public static void CheckTarget(string path, IEnumerable<string> inputs, string option = "--out")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new OutputTargetException($"{option} {path} is a directory; give a file name, e.g. {Path.Combine(path, "results.csv")}.");
        }

        var directory = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(directory))
        {
            throw new OutputTargetException($"{option} {path}: the directory {directory} does not exist.");
        }

        foreach (var input in inputs)
        {
            if (SameFile(full, Path.GetFullPath(input)))
            {
                throw new OutputTargetException($"{option} {path} is also an input; writing the results there would replace the input. Choose another file.");
            }
        }

        if (File.Exists(full) && new FileInfo(full).IsReadOnly)
        {
            throw new OutputTargetException($"{option} {path} is read-only.");
        }

        CheckWritable(directory, option, path);
    }

    /// <summary>Checks, before any work, each of the files one command writes (<see cref="CheckTarget"/>), and that no
    /// two of them are the same file (the later would replace the earlier).</summary>
    /// <param name="targets">The target files and the options that name them, in order.</param>
    /// <param name="inputs">The files the command reads.</param>
    /// <exception cref="OutputTargetException">A target cannot be written, or is named twice; the message says why.</exception>
    public static void CheckTargets(IReadOnlyList<(string Path, string Option)> targets, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(targets);
        for (var i = 0; i < targets.Count; i++)
        {
            var (path, option) = targets[i];
            CheckTarget(path, inputs, option);
            for (var j = 0; j < i; j++)
            {
                if (SameFile(Path.GetFullPath(path), Path.GetFullPath(targets[j].Path)))
                {
                    throw new OutputTargetException($"{option} {path} is also {targets[j].Option} {targets[j].Path}; one would replace the other. Choose another file.");
                }
            }
        }
    }

    /// <summary>Checks, before any work, that files can be created in <paramref name="directory"/>, creating it (and
    /// its parents) when it does not exist.</summary>
    /// <param name="directory">The target directory.</param>
    /// <param name="option">The option that names it, for messages (e.g. <c>--out-dir</c>).</param>
    /// <exception cref="OutputTargetException">The directory cannot be written.</exception>
    public static void CheckDirectory(string directory, string option = "--out-dir")
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new OutputTargetException($"{option} {directory} is a file, not a directory.");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputTargetException($"{option} {directory}: the directory cannot be created ({ex.Message}).", ex);
        }

        CheckWritable(full, option, directory);
    }

    /// <summary>Writes <paramref name="path"/> through a temporary file renamed over it on success.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the whole content to the stream (readable and seekable too, as zip-based formats
    /// need; the writer must not close it).</param>
    /// <exception cref="IOException">The file could not be written (the target is left as it was).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temp = TempName(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes several files as one step: each through its temporary file; the targets are replaced only
    /// after every one has been written (a failure leaves all of them as they were).</summary>
    /// <param name="paths">The target files.</param>
    /// <param name="write">Writes the whole content of every file, in the order of <paramref name="paths"/>.</param>
    public static void WriteAll(IReadOnlyList<string> paths, Action<IReadOnlyList<Stream>> write)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(write);
        var full = paths.Select(Path.GetFullPath).ToArray();
        var temps = full.Select(TempName).ToArray();
        var streams = new List<FileStream>();
        try
        {
            foreach (var temp in temps)
            {
                streams.Add(new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16));
            }

            write(streams);
            foreach (var stream in streams)
            {
                stream.Flush(flushToDisk: true);
                stream.Dispose();
            }

            streams.Clear();
            for (var i = 0; i < full.Length; i++)
            {
                File.Move(temps[i], full[i], overwrite: true);
            }
        }
        catch
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }

            foreach (var temp in temps)
            {
                TryDelete(temp);
            }

            throw;
        }
    }

    private static string TempName(string full)
    {
        var directory = Path.GetDirectoryName(full) ?? ".";
        return Path.Combine(directory, "." + Path.GetFileName(full) + "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + TempSuffix);
    }

    private static void CheckWritable(string directory, string option, string shown)
    {
        var probe = Path.Combine(directory, "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant() + TempSuffix);
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputTargetException($"{option} {shown}: cannot create files in {directory} ({ex.Message}).", ex);
        }
        finally
        {
            TryDelete(probe);
        }
    }

    private static bool SameFile(string a, string b)
    {
        if (string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return true;
        }

        if (!File.Exists(a) || !File.Exists(b))
        {
            return false;
        }

        // A symbolic link to an input (or an input that is a link to the target): compare the resolved targets.
        var ra = new FileInfo(a).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? a;
        var rb = new FileInfo(b).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? b;

        // A hard link to an input needs no check: the temporary file is renamed over the link's name, so the input's
        // content (the other name) is never written.
        return string.Equals(ra, rb, StringComparison.Ordinal);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is hidden and named *.ita-tmp.
        }
    }
}
