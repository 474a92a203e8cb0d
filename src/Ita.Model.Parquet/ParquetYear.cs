using System.Globalization;
using Ita.Model.Batch;
using Parquet;
using Parquet.Schema;

namespace Ita.Model.Parquet;

/// <summary>A year's raw data as Parquet: the answers and OIT checks of the CSV formats (docs/batch.md), as typed
/// columns. Written by <c>ita synth --format parquet</c>; read by <c>ita batch answers.parquet oit.parquet</c>.</summary>
/// <remarks>
/// <para>Answers: <c>unit</c> (string), <c>tool</c> (string, <c>iit</c> or <c>eit</c>), <c>respondent</c> (an
/// integer or a string: the respondent within the unit and tool), <c>item</c> (string), <c>part</c> (string, null or
/// empty for a single-part item), <c>answer</c> (an integer, the level index; null for a skipped part). The rows of a
/// unit must be contiguous, as in CSV. OIT checks: <c>unit</c>, <c>item</c> (strings), <c>disclosed</c> (BOOLEAN, or an
/// integer 1 or 0, as DuckDB types the CSV's column). An integer column is INT8, INT16, INT32 or INT64, or UINT8 or
/// UINT16 (DuckDB's TINYINT, SMALLINT, INTEGER, BIGINT, UTINYINT, USMALLINT).</para>
/// <para>Written as peers write Parquet: string columns dictionary-encoded, Snappy-compressed pages, row groups of
/// about 262,144 rows that end between units, rows in the year's order (unit, tool, respondent, item).</para>
/// <para>Answers are read a row group at a time, straight into the year's one-byte-per-answer columns (no object per
/// respondent or answer): the column chunks of flat columns stored as data page v1, PLAIN or dictionary-encoded,
/// uncompressed or Snappy (what ita, DuckDB, Polars and most writers produce) are decoded from the file's pages with
/// each distinct string decoded once per dictionary, the next row group on another core while the rows of the last go
/// into the year; any other row group is read with Parquet.Net. Every row is checked against the edition (item, tool,
/// part, level, duplicates, contiguous units) and against <see cref="YearReadOptions.MaxUnits"/> and
/// <see cref="YearReadOptions.MaxRespondentsPerUnit"/> (a <see cref="ProblemCodes.Limit"/> problem at the row that
/// would pass one, as for CSV). The first problem stops the read (<see cref="ItaValidationException"/>
/// naming the file and the row; a file or row group that cannot be decoded is a <see cref="ProblemCodes.Syntax"/>
/// problem naming the row group, its rows and the column); <see cref="BadRowHandling.Skip"/> is not supported for
/// Parquet.</para>
/// </remarks>
public static class ParquetYear
{
    private const int RowGroupRows = 1 << 18;

    /// <summary>The answers files whose footer, read once to tell what a file holds, stays open until the file is
    /// read (the others are opened again).</summary>
    private const int KeptAnswerFiles = 16;

    /// <summary>The rows of an OIT file decoded at a time.</summary>
    private const int OitSliceRows = 8192;

    /// <summary>Writes a year's answers and OIT checks: a row per answered item part (a skipped part of a multi-part
    /// item whose other parts are answered has a null answer), and one row with a null answer for a respondent who
    /// answered nothing, so that reading the files back gives the same respondents.</summary>
    /// <param name="year">The year.</param>
    /// <param name="answers">A writable stream for the answers, written from its position; not closed.</param>
    /// <param name="oit">Another writable stream for the OIT checks, written from its position; not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when both files are written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A stream is not writable (or is closed), or both are the same stream; checked
    /// before anything is written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(YearData year, Stream answers, Stream oit, CancellationToken cancellationToken = default) =>
        WriteAsync(year, answers, oit, RowGroupRows, cancellationToken: cancellationToken);

    /// <summary>Writes a year's answers in row groups of about <paramref name="rowGroupRows"/> rows (cut between
    /// units: a row group ends with the first unit that reaches the size).</summary>
    internal static async Task WriteAsync(YearData year, Stream answers, Stream oit, int rowGroupRows, int pageRows = int.MaxValue, int plainFrom = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(oit);
        Writable(answers, nameof(answers));
        Writable(oit, nameof(oit));
        if (ReferenceEquals(answers, oit))
        {
            throw new ArgumentException("The answers and the OIT checks are two files: give two streams.", nameof(oit));
        }

        var items = year.Edition.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var writer = new AnswersWriter(answers, pageRows, plainFrom);
        await writer.StartAsync(cancellationToken).ConfigureAwait(false);
        for (var u = 0; u < year.Units.Count; u++)
        {
            var id = year.Units[u].Id;
            var responses = year.GetResponses(u);
            foreach (var (t, list, columns) in new[] { ("iit", responses.Iit, year.Iit.Columns), ("eit", responses.Eit, year.Eit.Columns) })
            {
                for (var r = 0; r < list.Count; r++)
                {
                    // A respondent who answered nothing is one row with a null answer (the tool's first item part), as
                    // the CSV keeps them with rows of empty answers: the year read back has the same respondents.
                    if (list[r].Answers.Count == 0 && columns.Length > 0)
                    {
                        var first = columns[0];
                        writer.Add(id, t, r + 1, first.Code, first.PartCount > 1 ? first.Item.Parts[first.Part].Code : null, null);
                        continue;
                    }

                    foreach (var (code, values) in list[r].Answers)
                    {
                        var definition = items[code];
                        for (var p = 0; p < values.Count; p++)
                        {
                            writer.Add(id, t, r + 1, code, definition.Parts.Count > 1 ? definition.Parts[p].Code : null, values[p]);
                        }
                    }
                }
            }

            if (writer.Rows >= rowGroupRows)
            {
                await writer.EndRowGroup(cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FinishAsync(cancellationToken).ConfigureAwait(false);

        var oitUnits = new List<string>();
        var oitItems = new List<string>();
        var disclosed = new List<bool>();
        for (var u = 0; u < year.Units.Count; u++)
        {
            foreach (var (code, check) in year.GetResponses(u).Oit)
            {
                oitUnits.Add(year.Units[u].Id);
                oitItems.Add(code);
                disclosed.Add(check.Disclosed);
            }
        }

        var oitUnit = new DataField<string>("unit", nullable: false);
        var oitItem = new DataField<string>("item", nullable: false);
        var oitDisclosed = new DataField<bool>("disclosed", nullable: false);
        cancellationToken.ThrowIfCancellationRequested();
        var oitWriter = await ParquetWriter.CreateAsync(new ParquetSchema(oitUnit, oitItem, oitDisclosed), new WriteFromHere(oit), WriteOptions("unit", "item"), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (oitWriter.ConfigureAwait(false))
        {
            using var group = oitWriter.CreateRowGroup();
            await group.WriteAsync(oitUnit, oitUnits).ConfigureAwait(false);
            await group.WriteAsync(oitItem, oitItems).ConfigureAwait(false);
            await group.WriteAsync<bool>(oitDisclosed, disclosed.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Refuses a stream that cannot be written (a read-only or closed one) before anything is written.</summary>
    internal static void Writable(Stream stream, string parameter)
    {
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable (read-only or closed).", parameter);
        }
    }

    /// <summary>Snappy-compressed pages with the string columns dictionary-encoded (Parquet.Net encodes a string column
    /// with a dictionary only when told to).</summary>
    private static ParquetOptions WriteOptions(params string[] dictionaryColumns)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var column in dictionaryColumns)
        {
            options.ColumnEncodingHints[column] = EncodingHint.Dictionary;
        }

        return options;
    }

    /// <summary>Tells whether a file is Parquet (by its leading magic bytes <c>PAR1</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> for a Parquet file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read (it does not exist, …).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read, or is a directory.</exception>
    public static bool IsParquet(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PAR1"u8);
    }

    /// <summary>Reads a year from Parquet files: answers files (with an <c>answer</c> column) and OIT files (with a
    /// <c>disclosed</c> column), told apart by their columns.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="options">The edition (required: <see cref="YearReadOptions.Edition"/> or
    /// <see cref="YearReadOptions.FiscalYear"/>, as for CSV input to <see cref="YearData.LoadFiles"/>), the limits
    /// <see cref="YearReadOptions.MaxUnits"/> and <see cref="YearReadOptions.MaxRespondentsPerUnit"/>, and progress.
    /// <see langword="null"/> is the same as options that name no edition, and is refused.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No file is given, a path is empty, the options name no edition or fiscal year,
    /// an edition that does not cover their fiscal year, or ask to skip bad rows.</exception>
    /// <exception cref="EditionNotFoundException">No built-in edition covers the options' fiscal year.</exception>
    /// <exception cref="IOException">A file cannot be read (it does not exist, …).</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read, or is a directory.</exception>
    /// <exception cref="ItaValidationException">A file is not Parquet (a <see cref="ProblemCodes.Syntax"/> problem) or is
    /// damaged, lacks a column or has one of the wrong type, or a row or a unit is bad, or the year would pass a limit;
    /// or the edition cannot read answers (one of a partial edition).</exception>
    public static Task<YearData> LoadFilesAsync(IEnumerable<string> paths, YearReadOptions? options = null, CancellationToken cancellationToken = default) =>
        LoadFilesAsync(paths, options, threads: 0, cancellationToken: cancellationToken);

    /// <summary>Reads a year from Parquet files, decoding the row groups of an answers file on <paramref name="threads"/>
    /// workers (0: one per core; 1: the sequential read only), <paramref name="sliceRows"/> rows at a time (0: the
    /// reader's own slice; tests use small slices to cut pages and runs anywhere).</summary>
    internal static async Task<YearData> LoadFilesAsync(IEnumerable<string> paths, YearReadOptions? options, int threads, int sliceRows = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new YearReadOptions();
        var files = paths.ToArray();
        if (files.Length == 0)
        {
            throw new ArgumentException("No input file.", nameof(paths));
        }

        if (options.OnBadRow != BadRowHandling.Stop)
        {
            throw new ArgumentException("Parquet input stops at the first problem; skipping bad rows is supported for CSV and JSON input only.", nameof(options));
        }

        var edition = YearReadOptions.ResolveEdition(options) ?? throw new ArgumentException("Reading Parquet needs an edition: set YearReadOptions.Edition or FiscalYear.", nameof(options));

        // OIT files are read one after another on a worker while the files after them are opened and the answers are
        // read (the answers need them only when their units go into the year); an OIT file's problem is still the one
        // reported before those of the files after it and of every answers file, as when they were read first. Each
        // file's footer is read once: the reader that told what the file holds reads it (for the first
        // KeptAnswerFiles answers files; the others are opened again when their turn comes, so that the files open at
        // once stay few).
        var oitRead = Task.CompletedTask;
        var oitBytes = 0L;
        var answerFiles = new List<(string Path, OpenFile? Open)>();
        var builder = new YearDataBuilder(edition, options.FiscalYear) { MaxUnits = options.MaxUnits, MaxRespondents = options.MaxRespondentsPerUnit };
        var oit = new OitDecisions(builder);
        try
        {
            foreach (var path in files)
            {
                var opened = await OpenFile.Of(path, cancellationToken).ConfigureAwait(false);
                if (opened.Reader.Schema.Fields.Any(f => string.Equals(f.Name, "disclosed", StringComparison.Ordinal)))
                {
                    oitBytes += new FileInfo(path).Length;
                    // The task owns the file from here, whatever happens before it starts or in it.
                    var before = oitRead;
                    oitRead = Task.Run(async () =>
                    {
                        await using (opened.ConfigureAwait(false))
                        {
                            await before.ConfigureAwait(false);
                            await ReadOit(opened.Reader, path, edition, options.MaxUnits, oit, cancellationToken).ConfigureAwait(false);
                        }
                    },
                    CancellationToken.None); // started even when cancelled, to dispose the file (ReadOit stops at its first slice)
                }
                else if (answerFiles.Count(f => f.Open is not null) < KeptAnswerFiles)
                {
                    answerFiles.Add((path, opened));
                }
                else
                {
                    await opened.DisposeAsync().ConfigureAwait(false);
                    answerFiles.Add((path, null));
                }
            }

            var read = 0L;
            for (var f = 0; f < answerFiles.Count; f++)
            {
                var (path, kept) = answerFiles[f];
                answerFiles[f] = (path, null);
                var opened = kept ?? await OpenFile.Of(path, cancellationToken).ConfigureAwait(false);
                await using (opened.ConfigureAwait(false))
                {
                    await new AnswersReader(opened.Reader, path, edition, builder, oit, threads, sliceRows, oitRead).Run(cancellationToken).ConfigureAwait(false);
                }

                read += new FileInfo(path).Length;
                options.Progress?.Report(read);
            }

            await oitRead.ConfigureAwait(false);
            if (oitBytes > 0)
            {
                options.Progress?.Report(read + oitBytes); // the OIT files, read on another core, once read
            }
        }
        catch (Exception) when (!oitRead.IsCompletedSuccessfully)
        {
            // The OIT files' problem, if they have one, comes first.
            await oitRead.ConfigureAwait(false);
            throw;
        }
        finally
        {
            foreach (var (_, kept) in answerFiles)
            {
                if (kept is not null)
                {
                    await kept.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        // Units with OIT checks and no answers: no respondents (they cannot be scored, as in CSV).
        AnswersReader.AddOitOnly(builder, oit);

        return builder.Build();
    }

    /// <summary>Reads an OIT file's decisions into <paramref name="oit"/> (new units after those of the files before,
    /// in the order of their first row).</summary>
    private static async Task ReadOit(ParquetReader reader, string path, Edition edition, int maxUnits, OitDecisions oit, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var fileLength = RandomAccess.GetLength(file);
        var decoder = new ChunkDecoder();
        ChunkDecoder[] decoders = [decoder, new(), new()];
        var unitField = Field(reader, name, "unit", typeof(string));
        var itemField = Field(reader, name, "item", typeof(string));
        var disclosedField = Field(reader, name, "disclosed", [typeof(bool), .. AnswersReader.Integers]);
        DataField[] fields = [unitField, itemField, disclosedField];
        var direct = fields.All(f => f.MaxRepetitionLevel == 0 && f.MaxDefinitionLevel <= 1 && f.Path.Length == 1);
        var codes = oit.Codes;
        var units = new TextColumn();
        var items = new TextColumn();
        var disclosed = new NumberColumn();
        // Each distinct item text's OIT index (-2 not yet looked up, -1 not an OIT item of the edition), for the texts
        // of the row group looked up so far.
        var codeOf = Array.Empty<int>();
        var looked = 0;
        long row = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.Metadata!.RowGroups[g];
            var n = (int)Math.Clamp(group.NumRows, 0, int.MaxValue);
            var first = row + 1;
            var outcome = direct ? ChunkDecoder.OpenGroup(group, fields, [units, items, null], decoders, file, fileLength) : new(ChunkDecoder.Outcome.Unsupported, null, null);
            if (outcome.Outcome == ChunkDecoder.Outcome.Damaged)
            {
                throw Damaged(name, g, first, n, outcome.Column!, outcome.Problem!);
            }

            looked = 0;
            if (outcome.Outcome == ChunkDecoder.Outcome.Decoded)
            {
                // A slice of rows at a time: memory for a slice, whatever number of rows the row group declares.
                units.Size(OitSliceRows);
                items.Size(OitSliceRows);
                disclosed.Reset(OitSliceRows);
                for (var done = 0; done < n; done += OitSliceRows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var m = Math.Min(OitSliceRows, n - done);
                    for (var f = 0; f < 3; f++)
                    {
                        var read = f < 2 ? decoders[f].Read((f == 0 ? units : items).Ids.AsSpan(0, m)) : decoders[f].Read(disclosed.Values.AsSpan(0, m), disclosed.Given.AsSpan(0, m));
                        if (read != ChunkDecoder.Outcome.Decoded)
                        {
                            throw Damaged(name, g, first, n, fields[f].Name, decoders[f].Problem);
                        }
                    }

                    Rows(m);
                }

                continue;
            }

            // A row group the page decoder does not read: read whole with Parquet.Net.
            CheckGroup(reader, g, fields, file, fileLength, decoder, name, first);
            using var rowGroup = reader.OpenRowGroupReader(g);
            n = checked((int)rowGroup.RowCount);
            var unitTexts = new string?[n];
            var itemTexts = new string?[n];
            await Located(name, g, first, n, "unit", async () => await rowGroup.ReadAsync(unitField, unitTexts.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            await Located(name, g, first, n, "item", async () => await rowGroup.ReadAsync(itemField, itemTexts.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            await Located(name, g, first, n, "disclosed", () => AnswersReader.ReadNumbers(rowGroup, disclosedField, disclosed, n, cancellationToken)).ConfigureAwait(false);
            units.Reset(n);
            items.Reset(n);
            for (var i = 0; i < n; i++)
            {
                units.Ids[i] = units.Intern(unitTexts[i]);
                items.Ids[i] = items.Intern(itemTexts[i]);
            }

            Rows(n);
        }

        // The rows of the slice (or the row group) in the columns: each unit's decisions, checked.
        void Rows(int count)
        {
            if (codeOf.Length < items.Texts.Count)
            {
                Array.Resize(ref codeOf, Math.Max(items.Texts.Count, codeOf.Length * 2));
            }

            codeOf.AsSpan(looked, items.Texts.Count - looked).Fill(-2);
            looked = items.Texts.Count;
            var unitId = int.MinValue;
            string unit = string.Empty;
            var u = -1;
            for (var i = 0; i < count; i++)
            {
                row++;
                if (units.Ids[i] != unitId)
                {
                    unit = units.Text(i);
                    if (unit.Length == 0)
                    {
                        throw Problem(name, row, "unit", RowRules.EmptyUnit());
                    }

                    unitId = units.Ids[i];
                    u = oit.Find(unit);
                    if (u < 0)
                    {
                        // Every unit of the OIT files is a unit of the year: one more than the limit stops the read.
                        if (oit.Order.Count >= maxUnits)
                        {
                            throw TooManyUnits(name, row, maxUnits);
                        }

                        u = oit.Add(unit, name, row);
                    }
                }

                var itemId = items.Ids[i];
                var k = itemId < 0 ? -1 : codeOf[itemId];
                if (k == -2)
                {
                    k = codeOf[itemId] = Array.IndexOf(codes, items.Texts[itemId]);
                }

                if (k < 0)
                {
                    // The rule a document's checklist is checked with: the same code and message.
                    var code = itemId < 0 ? null : items.Texts[itemId];
                    var checks = new List<ValidationProblem>(1);
                    if (AnswerRules.OitItem(edition, code ?? string.Empty, checks) is not null)
                    {
                        throw new InvalidOperationException($"OIT item {code} of edition {edition.Id} is not among its OIT codes.");
                    }

                    throw Problem(name, row, "item", checks[0].Code, checks[0].Message);
                }

                if (!disclosed.Given[i])
                {
                    throw Problem(name, row, "disclosed", RowRules.DisclosedNull());
                }

                // A BOOLEAN is 1 or 0 here; an integer column must be (the rule and message of CSV's column).
                var value = disclosed.Values[i];
                if ((ulong)value > 1)
                {
                    throw Problem(name, row, "disclosed", RowRules.DisclosedText(value.ToString(CultureInfo.InvariantCulture)));
                }

                if (!oit.Set(u, k, value == 1))
                {
                    throw Problem(name, row, "item", RowRules.DuplicateDecision(unit, codes[k]));
                }
            }
        }
    }

    internal static DataField Field(ParquetReader reader, string name, string column, params Type[] types)
    {
        // Top-level columns only: a field of a struct may have the name too (a 'meta' struct with an 'answer'), and a
        // column named twice is ambiguous.
        var named = reader.Schema.Fields.Where(f => string.Equals(f.Name, column, StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Header, "$", $"The file has no '{column}' column; its columns are {string.Join(", ", reader.Schema.Fields.Select(f => f.Name))}.")]);
        }

        if (named.Count > 1)
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Header, "$", $"The file has {named.Count.ToString(CultureInfo.InvariantCulture)} columns named '{column}'; give it once.")]);
        }

        if (named[0] is not DataField field)
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Header, "$", $"Column '{column}' is a nested column ({named[0].SchemaType.ToString().ToLowerInvariant()}); expected {Either([.. types.Select(TypeName).Distinct(StringComparer.Ordinal)])}.")]);
        }

        var type = field is DecimalDataField ? typeof(decimal) : field.ClrType;
        var isString = field.SchemaType == SchemaType.Data && (type == typeof(string) || type == typeof(ReadOnlyMemory<char>));
        return types.Any(t => t == type || (t == typeof(string) && isString))
            ? field
            : throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Header, "$", $"Column '{column}' is {TypeName(type)}; expected {Either([.. types.Select(TypeName).Distinct(StringComparer.Ordinal)])}. {CastHint(column, types)}")]);
    }

    /// <summary>How to write a column with the type it needs, in the tools that write most Parquet files (DuckDB's SQL,
    /// pandas): a column of nulls, or of whole numbers with gaps, is typed otherwise by default.</summary>
    private static string CastHint(string column, Type[] types)
    {
        var integers = $"CAST({column} AS INTEGER) in DuckDB, .astype(\"Int64\") in pandas (a float column with NaN for the gaps is DOUBLE)";
        return types.Contains(typeof(bool)) ? $"Write it as BOOLEAN or an integer: CAST({column} AS BOOLEAN) in DuckDB, .astype(\"boolean\") in pandas."
            : !types.Contains(typeof(string)) ? $"Write it as an integer: {integers}."
            : types.Contains(typeof(int)) ? $"Write it as an integer: {integers}; or as text."
            : $"Write it as text: CAST({column} AS VARCHAR) in DuckDB, .astype(\"string\") in pandas{(string.Equals(column, "part", StringComparison.Ordinal) ? " (a column of nulls needs the type too: CAST(NULL AS VARCHAR) AS part)" : string.Empty)}.";
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string Either(string[] names) => names.Length < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} or {names[^1]}";

    /// <summary>A column's type as Parquet and SQL users name it (<c>INT16</c>, <c>a string</c>), not as .NET does.</summary>
    private static string TypeName(Type type) => TypeNames.TryGetValue(type, out var name) ? name : $"of type {type.Name}";

    /// <summary>The names <see cref="TypeName"/> gives, by the .NET type Parquet.Net reads a column as.</summary>
    private static readonly Dictionary<Type, string> TypeNames = new()
    {
        [typeof(string)] = "a string",
        [typeof(ReadOnlyMemory<char>)] = "a string",
        [typeof(byte[])] = "binary (bytes, not UTF-8 text)",
        [typeof(ReadOnlyMemory<byte>)] = "binary (bytes, not UTF-8 text)",
        [typeof(bool)] = "BOOLEAN",
        [typeof(sbyte)] = "INT8",
        [typeof(byte)] = "UINT8",
        [typeof(short)] = "INT16",
        [typeof(ushort)] = "UINT16",
        [typeof(int)] = "INT32",
        [typeof(uint)] = "UINT32",
        [typeof(long)] = "INT64",
        [typeof(ulong)] = "UINT64",
        [typeof(float)] = "FLOAT",
        [typeof(double)] = "DOUBLE",
        [typeof(decimal)] = "DECIMAL",
        [typeof(DateTime)] = "a timestamp",
        [typeof(DateTimeOffset)] = "a timestamp",
        [typeof(DateOnly)] = "DATE",
        [typeof(TimeSpan)] = "TIME",
        [typeof(TimeOnly)] = "TIME",
        [typeof(Guid)] = "UUID",
    };

    /// <summary>Checks the column chunks of <paramref name="fields"/> in row group <paramref name="g"/> before Parquet.Net
    /// reads them (well-formed page headers, pages within the chunk, the chunk's values): Parquet.Net can loop without
    /// end on a damaged page header.</summary>
    /// <exception cref="ItaValidationException">A chunk is damaged.</exception>
    internal static void CheckGroup(ParquetReader reader, int g, IEnumerable<DataField> fields, Microsoft.Win32.SafeHandles.SafeFileHandle file, long fileLength, ChunkDecoder decoder, string name, long first)
    {
        var group = reader.Metadata!.RowGroups[g];
        var rows = (int)Math.Clamp(group.NumRows, 0, int.MaxValue);
        foreach (var field in fields)
        {
            var chunk = group.Columns.Find(c => c.MetaData is { } m && m.PathInSchema.SequenceEqual(field.Path.ToList(), StringComparer.Ordinal));
            if (chunk?.MetaData is not { } meta)
            {
                throw Damaged(name, g, first, rows, field.Name, "the row group has no data for the column");
            }

            var start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
            if (decoder.Check(file, fileLength, new ChunkDecoder.Chunk(start, meta.TotalCompressedSize, (int)meta.Type, (int)meta.Codec, field.MaxDefinitionLevel > 0), meta.NumValues) != ChunkDecoder.Outcome.Decoded)
            {
                throw Damaged(name, g, first, rows, field.Name, decoder.Problem);
            }
        }
    }

    /// <summary>Opens a Parquet file: a footer Parquet.Net cannot read is a located problem, not a crash. The footer is
    /// first checked as a Thrift struct with every length bounded by the data (Parquet.Net can loop without end on a
    /// damaged one).</summary>
    private static async Task<ParquetReader> Open(Stream stream, string name, CancellationToken cancellationToken)
    {
        if (await CheckFooter(stream, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Syntax, "$", $"The file is not readable Parquet: {problem}.")]);
        }

        try
        {
            var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                _ = reader.Schema; // built from the footer on each use: a damaged schema throws here first
            }
            catch
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return reader;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw new ItaValidationException(name, [new ValidationProblem(ProblemCodes.Syntax, "$", $"The file is not readable Parquet: its footer (the file's metadata) is damaged{Detail(ex)}.")]);
        }
    }

    /// <summary>Checks the magic bytes and the footer's Thrift structure; the stream is left at its start.</summary>
    /// <returns>What is wrong, or <see langword="null"/>.</returns>
    private static async Task<string?> CheckFooter(Stream stream, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (length < 12)
        {
            return "it is too short";
        }

        var tail = new byte[8];
        stream.Seek(-8, SeekOrigin.End);
        await stream.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
        var footer = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (!tail.AsSpan(4).SequenceEqual("PAR1"u8))
        {
            stream.Seek(0, SeekOrigin.Begin);
            return "it does not end with the Parquet magic bytes";
        }

        if (footer <= 0 || footer > length - 12)
        {
            stream.Seek(0, SeekOrigin.Begin);
            return $"its footer length ({footer.ToString(CultureInfo.InvariantCulture)} bytes) does not fit the file";
        }

        var bytes = new byte[footer];
        stream.Seek(length - 8 - footer, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        stream.Seek(0, SeekOrigin.Begin);
        var pos = 0;
        return PageHeader.TrySkipStruct(bytes, ref pos) && pos == footer ? null : "its footer (the file's metadata) is damaged";
    }

    /// <summary>Runs a column read of row group <paramref name="group"/> (rows <paramref name="first"/> on):
    /// what Parquet.Net cannot decode is a located problem naming the row group, its rows and the column.</summary>
    internal static async Task Located(string name, int group, long first, int rows, string column, Func<Task> read)
    {
        try
        {
            await read().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw Damaged(name, group, first, rows, column, "the data cannot be decoded" + Detail(ex));
        }
    }

    /// <summary>What Parquet.Net said of a file it could not read, when it says something of the file (" (…)"): the
    /// message of an exception of its own or of a read that ran out of data; nothing for the runtime's exceptions
    /// (a null reference, an index out of range …), whose messages describe the library, not the file.</summary>
    private static string Detail(Exception ex)
    {
        var own = ex.GetType().Namespace?.StartsWith("Parquet", StringComparison.Ordinal) == true;
        return (own || ex is IOException or InvalidDataException) && !string.IsNullOrWhiteSpace(ex.Message) && !ex.Message.Contains("System.", StringComparison.Ordinal)
            ? $" ({ex.Message.Trim().TrimEnd('.')})"
            : string.Empty;
    }

    /// <summary>A row group whose column chunk is damaged: where (the row group, its rows, the column) and how.</summary>
    internal static ItaValidationException Damaged(string name, int group, long first, int rows, string column, string problem)
    {
        var last = first + rows - 1;
        return new ItaValidationException(name, [new ValidationProblem(
            ProblemCodes.Syntax,
            "$[" + first.ToString(CultureInfo.InvariantCulture) + "]." + column,
            $"Row group {group.ToString(CultureInfo.InvariantCulture)} (rows {first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}), column '{column}': {problem}.")]);
    }

    /// <summary>An exception Parquet.Net throws for a file it cannot decode (not cancellation, not a problem already
    /// located, not a missing or forbidden file). Parquet.Net reports truncated data as an <see cref="IOException"/>,
    /// so those count as damage too.</summary>
    private static bool IsDamage(Exception ex) =>
        ex is not (ItaValidationException or OperationCanceledException or OutOfMemoryException or UnauthorizedAccessException
            or FileNotFoundException or DirectoryNotFoundException);

    /// <summary>The <c>limit</c> problem of a row that would make the year one unit more than
    /// <see cref="YearReadOptions.MaxUnits"/> (the message of the CSV reader's), at the row's <c>unit</c>.</summary>
    internal static ItaValidationException TooManyUnits(string name, long row, int maxUnits)
    {
        var problem = YearReadSession.Limit(YearLimit.Units, maxUnits, "units", "$", null, null); // the message; Problem locates it
        return Problem(name, row, "unit", problem.Code, problem.Message);
    }

    /// <summary>A row check's problem (<see cref="RowRules"/>) at a row and column.</summary>
    internal static ItaValidationException Problem(string name, long row, string column, RowProblem problem) =>
        Problem(name, row, column, problem.Code, problem.Message);

    internal static ItaValidationException Problem(string name, long row, string column, string code, string message) =>
        new(name, [new ValidationProblem(code, "$[" + row.ToString(CultureInfo.InvariantCulture) + "]." + column, message + $" (row {row.ToString(CultureInfo.InvariantCulture)})")]);

    /// <summary>A unit of the OIT files, with the file and row where it first appears (for problems).</summary>
    internal readonly record struct OitUnit(string Id, string File, long Row);

    /// <summary>A Parquet file opened and its footer read (<see cref="Open"/>): the stream and the reader, disposed
    /// together.</summary>
    private sealed class OpenFile : IAsyncDisposable
    {
        private readonly Stream _stream;

        private OpenFile(Stream stream, ParquetReader reader)
        {
            _stream = stream;
            Reader = reader;
        }

        public ParquetReader Reader { get; }

        public static async Task<OpenFile> Of(string path, CancellationToken cancellationToken)
        {
            var stream = File.OpenRead(path);
            try
            {
                return new OpenFile(stream, await Open(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false));
            }
            catch
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Reader.DisposeAsync().ConfigureAwait(false);
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
