using System.Globalization;
using System.Text;

namespace Ita.Model;

/// <summary>Thrown when no edition is known for a fiscal year or id; lists the known ones.</summary>
public sealed class EditionNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes a new instance of the <see cref="EditionNotFoundException"/> class.</summary>
    public EditionNotFoundException()
    {
        KnownFiscalYears = [];
        KnownEditionIds = [];
    }

    /// <summary>Initializes a new instance of the <see cref="EditionNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    public EditionNotFoundException(string message)
        : base(message)
    {
        KnownFiscalYears = [];
        KnownEditionIds = [];
    }

    /// <summary>Initializes a new instance of the <see cref="EditionNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EditionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        KnownFiscalYears = [];
        KnownEditionIds = [];
    }

    internal EditionNotFoundException(string message, int? fiscalYear, string? editionId, IReadOnlyList<int> knownFiscalYears, IReadOnlyList<string> knownEditionIds, string? latestEditionId = null)
        : base(message)
    {
        LatestEditionId = latestEditionId;
        FiscalYear = fiscalYear;
        EditionId = editionId;
        KnownFiscalYears = knownFiscalYears;
        KnownEditionIds = knownEditionIds;
    }

    /// <summary>Gets the fiscal year asked for, or <see langword="null"/>.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the edition id asked for, or <see langword="null"/>.</summary>
    public string? EditionId { get; }

    /// <summary>Gets the fiscal years that have an edition.</summary>
    public IReadOnlyList<int> KnownFiscalYears { get; }

    /// <summary>Gets the id of the edition of the latest known fiscal year (the one to start from when writing the
    /// next year's edition), or <see langword="null"/> when none is known.</summary>
    public string? LatestEditionId { get; }

    /// <summary>Gets the ids of the known editions.</summary>
    public IReadOnlyList<string> KnownEditionIds { get; }
}
