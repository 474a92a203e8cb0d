using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>One unit (หน่วยงาน) of a <see cref="YearData"/>: its identity and how many respondents it has.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class YearUnit
{
    internal YearUnit(int index, string id, string? name, int iitRespondents, int eitRespondents, int oitChecks, IReadOnlyDictionary<Tool, int>? minimumRespondents = null)
    {
        MinimumRespondents = minimumRespondents ?? ReadOnlyDictionary<Tool, int>.Empty;
        Index = index;
        Id = id;
        Name = name;
        IitRespondents = iitRespondents;
        EitRespondents = eitRespondents;
        OitChecks = oitChecks;
    }

    /// <summary>Gets the unit's position in <see cref="YearData.Units"/> (input order).</summary>
    public int Index { get; }

    /// <summary>Gets the unit's identifier as given in the input (<c>unit</c> column, or the document's
    /// <c>unit.id</c>, else its <c>unit.name</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the unit's name, when the input gives one.</summary>
    public string? Name { get; }

    /// <summary>Gets the number of IIT respondents (staff) in the data, including any who answered nothing.</summary>
    public int IitRespondents { get; }

    /// <summary>Gets the number of EIT respondents (outsiders) in the data, including any who answered nothing.</summary>
    public int EitRespondents { get; }

    /// <summary>Gets the number of OIT checklist decisions in the data.</summary>
    public int OitChecks { get; }

    /// <summary>Gets the unit's own minimum number of respondents per survey tool (the document's
    /// <c>responses.minimumRespondents</c>, or <see cref="ResponseSet.MinimumRespondents"/> given to
    /// <see cref="YearDataBuilder.AddUnit"/>); empty when none was given. As in the single-unit engine, it takes
    /// precedence over the engine's <see cref="ScoringOptions"/> and the edition's minimum.</summary>
    public IReadOnlyDictionary<Tool, int> MinimumRespondents { get; }

    /// <inheritdoc/>
    public override string ToString() => Name is null ? Id : $"{Id} {Name}";
}

/// <summary>The raw data of a whole assessment year in a columnar, compact form: built once (by
/// <see cref="YearDataBuilder"/>, <see cref="YearCsv"/>, <see cref="YearJson"/> or the test-data generator
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

    /// <inheritdoc/>
    public override string ToString() =>
        $"{UnitArray.Length.ToString("N0", CultureInfo.InvariantCulture)} units, {RespondentCount.ToString("N0", CultureInfo.InvariantCulture)} respondents, {AnswerCount.ToString("N0", CultureInfo.InvariantCulture)} answers (edition {Edition.Id})";
}

/// <summary>One column of a survey tool: one part of one item.</summary>
internal sealed class SurveyColumn(QuestionItem item, int part)
{
    public QuestionItem Item { get; } = item;

    public string Code => Item.Code;

    public int Part { get; } = part;

    public int PartCount => Item.Parts.Count;

    /// <summary>Gets the number of levels of the part's scale in the layout edition: every stored byte is below it or
    /// <see cref="SurveyColumns.Skipped"/>.</summary>
    public int LevelCount => Item.Parts[Part].Scale.Levels.Count;
}

/// <summary>The answers of one survey tool: per unit a block of <c>respondents × columns</c> bytes, column-major.</summary>
internal sealed class SurveyColumns
{
    public const byte Skipped = 255;

    public SurveyColumns(Tool tool, SurveyColumn[] columns, byte[][] chunks, int[] unitChunk, int[] unitOffset, int[] unitRespondents)
    {
        Tool = tool;
        Columns = columns;
        Chunks = chunks;
        UnitChunk = unitChunk;
        UnitOffset = unitOffset;
        UnitRespondents = unitRespondents;
    }

    public Tool Tool { get; }

    public SurveyColumn[] Columns { get; }

    public byte[][] Chunks { get; }

    public int[] UnitChunk { get; }

    public int[] UnitOffset { get; }

    public int[] UnitRespondents { get; }

    public long ResidentBytes
    {
        get
        {
            long bytes = 0;
            foreach (var chunk in Chunks)
            {
                bytes += chunk.LongLength;
            }

            return bytes;
        }
    }

    /// <summary>The block of a unit: column <c>c</c> is <c>block.Slice(c * n, n)</c> for its <c>n</c> respondents.</summary>
    public ReadOnlySpan<byte> Block(int unit)
    {
        var n = UnitRespondents[unit];
        return n == 0 ? default : Chunks[UnitChunk[unit]].AsSpan(UnitOffset[unit], n * Columns.Length);
    }

    public Respondent[] Respondents(int unit)
    {
        var n = UnitRespondents[unit];
        var block = Block(unit);
        var result = new Respondent[n];
        for (var r = 0; r < n; r++)
        {
            var answers = new List<KeyValuePair<string, IReadOnlyList<int?>>>();
            for (var c = 0; c < Columns.Length; c += Columns[c].PartCount)
            {
                var column = Columns[c];
                var parts = new int?[column.PartCount];
                var any = false;
                for (var p = 0; p < parts.Length; p++)
                {
                    var b = block[((c + p) * n) + r];
                    if (b != Skipped)
                    {
                        parts[p] = b;
                        any = true;
                    }
                }

                if (any)
                {
                    answers.Add(new(column.Code, parts));
                }
            }

            result[r] = new Respondent(answers);
        }

        return result;
    }
}

/// <summary>Tells year files apart by their content.</summary>
internal static class YearFiles
{
    public static FileKind Detect(string path)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[256];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = head[..length];
        if (text.StartsWith(Utf8Text.Bom))
        {
            text = text[3..];
        }

        var trimmed = text.TrimStart(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed[0] is (byte)'[' or (byte)'{')
        {
            return FileKind.Json;
        }

        var nl = text.IndexOf((byte)'\n');
        var first = (nl < 0 ? text : text[..nl]).TrimEnd("\r"u8);
        if (first.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(YearCsv.AnswersHeader)))
        {
            return FileKind.Answers;
        }

        if (first.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(YearCsv.OitHeader)))
        {
            return FileKind.Oit;
        }

        throw new ItaValidationException(System.IO.Path.GetFileName(path), [new ValidationProblem(ProblemCodes.FileKind, "$", $"Not a year file: expected JSON documents or a CSV header '{YearCsv.AnswersHeader}' or '{YearCsv.OitHeader}'.", 1, 1)]);
    }
}

internal enum FileKind
{
    Json,
    Answers,
    Oit,
}
