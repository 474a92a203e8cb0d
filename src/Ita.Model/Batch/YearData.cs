using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>The raw data of a whole assessment year in a columnar, compact form: built once (by
/// <see cref="YearDataBuilder"/>, <see cref="LoadCsv"/>, <see cref="LoadJson"/>, <see cref="LoadFiles"/> or the test-data generator
/// <c>SyntheticYear</c> of the <c>ita</c> tool),
/// scored many times by <see cref="BatchEngine"/>, under the edition it was read with or under a variant of it.</summary>
/// <remarks>
/// <para>Every IIT and EIT answer is one byte — the level index in the question's own wording (0 = the lowest option),
/// or 255 for a skipped part — stored column by column (one column per item part) and grouped by unit, so scoring a
/// unit reads one contiguous block. OIT decisions are one byte per unit and item (1 = disclosed, 0 = not, 255 = not
/// checked). About one byte is resident per answer (<see cref="ResidentBytes"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class YearData
{
    internal YearData(Edition layout, int? fiscalYear, YearUnit[] units, SurveyColumns iit, SurveyColumns eit, string[] oitCodes, byte[] oit, int[]?[] emptyIit, int[]?[] emptyEit, long answers, IReadOnlyList<ValidationProblem> readProblems)
    {
        Edition = layout;
        FiscalYear = fiscalYear;
        UnitArray = units;
        Iit = iit;
        Eit = eit;
        OitCodes = oitCodes;
        Oit = oit;
        EmptyIit = emptyIit;
        EmptyEit = emptyEit;
        AnswerCount = answers;
        ReadProblems = readProblems;
        long iitRespondents = 0, eitRespondents = 0, checks = 0;
        foreach (var unit in units)
        {
            iitRespondents += unit.IitRespondents;
            eitRespondents += unit.EitRespondents;
            checks += unit.OitChecks;
        }

        IitRespondentCount = iitRespondents;
        EitRespondentCount = eitRespondents;
        OitCheckCount = checks;
    }

    /// <summary>The same data with other unit records (the same units in the same order, e.g. named): the columns are
    /// shared, not copied.</summary>
    internal YearData WithUnits(YearUnit[] units) =>
        new(Edition, FiscalYear, units, Iit, Eit, OitCodes, Oit, EmptyIit, EmptyEit, AnswerCount, ReadProblems);

    /// <summary>Gets the edition the data was read with: it fixes the item codes and parts of the columns.</summary>
    public Edition Edition { get; }

    /// <summary>Gets the fiscal year of the data (from the documents, or as given when reading), or
    /// <see langword="null"/> when unknown.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the units in input order.</summary>
    public IReadOnlyList<YearUnit> Units => UnitArray;

    /// <summary>Gets the number of IIT respondents of all units.</summary>
    public long IitRespondentCount { get; }

    /// <summary>Gets the number of EIT respondents of all units.</summary>
    public long EitRespondentCount { get; }

    /// <summary>Gets the number of IIT and EIT respondents of all units.</summary>
    public long RespondentCount => IitRespondentCount + EitRespondentCount;

    /// <summary>Gets the number of IIT and EIT answers given (skipped parts not counted).</summary>
    public long AnswerCount { get; }

    /// <summary>Gets the number of OIT checklist decisions.</summary>
    public long OitCheckCount { get; }

    /// <summary>Gets the number of bytes the data holds for answers and OIT decisions (the columns, including unused
    /// space at the end of storage blocks, and the per-unit bookkeeping).</summary>
    public long ResidentBytes => Iit.ResidentBytes + Eit.ResidentBytes + Oit.LongLength + (UnitArray.LongLength * 64);

    /// <summary>Gets the problems found while reading (bad rows or documents that were skipped because the reader was
    /// told to continue), with line numbers; empty when the input was clean. Every skipped row or document is here: a
    /// read that meets more than <see cref="YearReadOptions.MaxReportedProblems"/> stops with an
    /// <see cref="ItaValidationException"/> instead.</summary>
    public IReadOnlyList<ValidationProblem> ReadProblems { get; }

    internal YearUnit[] UnitArray { get; }

    internal SurveyColumns Iit { get; }

    internal SurveyColumns Eit { get; }

    internal string[] OitCodes { get; }

    /// <summary>Unit-major OIT decisions: <c>Oit[unit * OitCodes.Length + item]</c>.</summary>
    internal byte[] Oit { get; }

    internal int[]?[] EmptyIit { get; }

    internal int[]?[] EmptyEit { get; }

    /// <summary>Reads a year from JSON Lines (one assessment document per line) or one JSON array of assessment
    /// documents with raw <c>responses</c> (docs/batch.md).</summary>
    /// <remarks>Streams: memory is bounded by the largest document. A document needs <c>schemaVersion</c> 1, a
    /// <c>unit</c> (its <c>id</c>, else its <c>name</c>, identifies it) and <c>responses</c>; <c>fiscalYear</c>/
    /// <c>edition</c> must agree with the year's edition. Problems are reported with the document's index
    /// (<c>$[5].responses.iit[3].i1</c>), line and column; <see cref="YearReadOptions.OnBadRow"/> decides whether a bad
    /// answer, check or document stops the read or is skipped.</remarks>
    /// <param name="utf8Json">The UTF-8 stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <param name="options">The edition (optional: else the first document's), limits and bad-row policy.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name an edition that does not cover their fiscal year.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the options' fiscal year.</exception>
    /// <exception cref="ItaValidationException">A document or value is bad and the reader stops at problems, the
    /// array is malformed, or no document names an edition; the problem names the line and column.</exception>
    public static YearData LoadJson(Stream utf8Json, string? sourceName = null, YearReadOptions? options = null) =>
        YearJson.Read(utf8Json, options, sourceName);

    /// <summary>Reads a year from CSV (docs/batch.md): an answers file in long format
    /// (<c>unit,tool,respondent,item,part,answer</c>, one row per answer) and, optionally, an OIT file
    /// (<c>unit,item,disclosed</c>).</summary>
    /// <remarks>Streams through a fixed buffer: memory is bounded by the largest unit. The rows of a unit must be
    /// contiguous; <c>answer</c> is the level index in the question's own wording (0 = the lowest option), empty for a
    /// skipped part; <c>disclosed</c> is <c>1</c>/<c>0</c> or <c>true</c>/<c>false</c>. Bad rows are reported with
    /// their line and column; <see cref="YearReadOptions.OnBadRow"/> decides whether reading stops or skips them.</remarks>
    /// <param name="answers">The answers file (UTF-8 CSV); read to its end, not closed.</param>
    /// <param name="oit">The OIT file, or <see langword="null"/>; read to its end, not closed.</param>
    /// <param name="answersName">A name for messages about the answers file, e.g. its file name.</param>
    /// <param name="oitName">A name for messages about the OIT file.</param>
    /// <param name="options">The edition (required: <see cref="YearReadOptions.Edition"/> or
    /// <see cref="YearReadOptions.FiscalYear"/>), limits and bad-row policy.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name no edition, or an edition that does not cover their fiscal
    /// year.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the options' fiscal year.</exception>
    /// <exception cref="ItaValidationException">A header is wrong, or (when stopping at bad rows) a row is bad; the
    /// problem names the line and column.</exception>
    public static YearData LoadCsv(Stream answers, Stream? oit = null, string? answersName = null, string? oitName = null, YearReadOptions? options = null) =>
        YearCsv.Read(answers, oit, options, answersName, oitName);

    /// <summary>Reads a year from files: CSV answers files (header <c>unit,tool,respondent,item,part,answer</c>), CSV OIT
    /// files (<c>unit,item,disclosed</c>) and JSON files (JSON Lines or an array of assessment documents), told apart by
    /// their content. JSON files are read first, then answers files, then OIT files, each in the order given.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="options">The edition (required for CSV-only input) and bad-row policy.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No file is given, CSV input is read without an edition, or the options name
    /// an edition that does not cover their fiscal year.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the options' fiscal year.</exception>
    /// <exception cref="ItaValidationException">A file is of no known kind, a header is wrong, or a row or document
    /// is bad and the reader stops at problems.</exception>
    public static YearData LoadFiles(IEnumerable<string> paths, YearReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.Select(p => (Path: p, Kind: YearFiles.Detect(p))).ToArray();
        if (files.Length == 0)
        {
            throw new ArgumentException("No input file.", nameof(paths));
        }

        var session = new YearReadSession(options);
        foreach (var kind in new[] { FileKind.Json, FileKind.Answers, FileKind.Oit })
        {
            foreach (var path in files.Where(f => f.Kind == kind).Select(f => f.Path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                var name = System.IO.Path.GetFileName(path);
                switch (kind)
                {
                    case FileKind.Json:
                        YearJson.Read(stream, name, session);
                        break;
                    case FileKind.Answers:
                        YearCsv.ReadAnswers(stream, name, session, session.RequireBuilder(name));
                        break;
                    default:
                        YearCsv.ReadOit(stream, name, session, session.RequireBuilder(name));
                        break;
                }
            }
        }

        if (session.Builder is null)
        {
            throw new ItaValidationException(System.IO.Path.GetFileName(files[0].Path), [new ValidationProblem(ProblemCodes.NoDocuments, "$", "The input has no usable document, so no edition is known.")]);
        }

        return session.Build(null);
    }

    /// <summary>Rebuilds the raw responses of one unit (e.g. to score it with <see cref="ScoringEngine"/>).</summary>
    /// <param name="unitIndex">The unit's <see cref="YearUnit.Index"/>.</param>
    /// <returns>The unit's respondents in input order, its OIT checklist and its own respondent minimums.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitIndex"/> is not a unit of the year.</exception>
    public ResponseSet GetResponses(int unitIndex)
    {
        if ((uint)unitIndex >= (uint)UnitArray.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(unitIndex), unitIndex, $"The year has units 0–{(UnitArray.Length - 1).ToString(CultureInfo.InvariantCulture)}.");
        }

        var oit = new List<KeyValuePair<string, OitCheck>>();
        for (var k = 0; k < OitCodes.Length; k++)
        {
            var b = Oit[(unitIndex * OitCodes.Length) + k];
            if (b != SurveyColumns.Skipped)
            {
                oit.Add(new(OitCodes[k], new OitCheck(b == 1)));
            }
        }

        return new ResponseSet(Iit.Respondents(unitIndex), Eit.Respondents(unitIndex), oit, UnitArray[unitIndex].MinimumRespondents);
    }

    /// <summary>Writes the year as JSON Lines: one assessment document per unit and line, with its raw responses
    /// (yes/no answers as <c>true</c>/<c>false</c>, skipped parts left out or <c>null</c>); read back by
    /// <see cref="LoadJson"/>.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream utf8Json) => YearJson.Write(this, utf8Json);

    /// <summary>Writes the year as a CSV answers file and a CSV OIT file (skipped parts are written as rows with an
    /// empty answer, so respondents who answered nothing are kept); read back by <see cref="LoadCsv"/>.</summary>
    /// <param name="answers">The stream for the answers file; not closed.</param>
    /// <param name="oit">The stream for the OIT file; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void WriteCsv(Stream answers, Stream oit) => YearCsv.Write(this, answers, oit);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{UnitArray.Length.ToString("N0", CultureInfo.InvariantCulture)} units, {RespondentCount.ToString("N0", CultureInfo.InvariantCulture)} respondents, {AnswerCount.ToString("N0", CultureInfo.InvariantCulture)} answers (edition {Edition.Id})";
}
