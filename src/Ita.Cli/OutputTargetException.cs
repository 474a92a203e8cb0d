namespace Ita.Cli;

/// <summary>A file the command was asked to write cannot be written; reported before any work, exit 2.</summary>
internal sealed class OutputTargetException : Exception
{
    public OutputTargetException()
    {
    }

    public OutputTargetException(string message)
        : base(message)
    {
    }

    public OutputTargetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
