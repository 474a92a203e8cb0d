using System.Diagnostics.CodeAnalysis;

namespace Ita.Model;

/// <summary>Argument checks shared by the library; each throws the documented BCL exception.</summary>
internal static class Preconditions
{
    public static void NotBlank([NotNull] string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }
    }

    public static void InRange(decimal value, decimal min, decimal max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }
}
