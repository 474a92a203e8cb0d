using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ita.Model;
using Ita.Model.Batch;
using Ita.Model.Office.Excel;

namespace Ita.Cli;

/// <summary><c>ita batch &lt;input…&gt; [--out results.csv|json|xlsx]</c>: score a whole year of raw data (docs/batch.md).</summary>
internal static class BatchCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<FileInfo[]>("input")
        {
            Description = "Year files: CSV answers (unit,tool,respondent,item,part,answer), CSV OIT (unit,item,disclosed) and/or JSON Lines or a JSON array of assessment documents with responses; or the same answers and OIT checks as Parquet files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write one result row per unit to this file (.csv, .json, .parquet, or .xlsx: an Excel workbook)." };
        var format = new Option<string?>("--format", "-f") { Description = "Format of --out: csv, json, xlsx or parquet (default: from the file extension, .csv, .json, .xlsx or .parquet, else csv). Without --out, json prints the results document (units and national figures) on standard output and the summary on standard error; xlsx and parquet need --out." };
        CliParsing.OneOf(format, "csv", "json", "xlsx", "parquet");
        var fiscalYear = new Option<int?>("--fiscal-year") { Description = "The fiscal year of the data (Buddhist Era); CSV and Parquet input without it is read as FY 2568." };
        var editionFile = new Option<FileInfo?>("--edition-file") { Description = "Read and score with this edition definition (docs/edition-format.md) instead of a built-in one." };
        var variant = new Option<FileInfo?>("--variant") { Description = "Score with this edition definition (a rule variant with the same items) instead of the one the data is read with; the data is not re-read." };
        var threads = new Option<int>("--threads") { Description = "Threads to score with (0 = one per processor).", DefaultValueFactory = _ => 0 };
        var onError = new Option<string>("--on-error") { Description = "At a bad row or document: stop (default) or skip it and report it.", DefaultValueFactory = _ => "stop" };
        CliParsing.OneOf(onError, "stop", "skip");
        var limits = new Option<string[]>("--limit")
        {
            Description = "Raise or lower a reading limit, NAME=N (repeatable): units (100000), respondents per unit and tool (100000), answers per respondent (1000), line-bytes (65536), document-bytes (67108864), problems skipped with --on-error skip (1000).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display." };
        var unitsFile = BatchGroups.UnitsOption();
        var groupBy = BatchGroups.GroupByOption();
        var groupOut = BatchGroups.GroupOutOption();
        var command = new Command("batch", "Score a whole year of raw responses (thousands of units) and print national figures.")
        {
            inputs, output, format, fiscalYear, editionFile, variant, threads, onError, limits, quiet, unitsFile, groupBy, groupOut,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetRequiredValue(inputs);
            foreach (var file in files.Where(f => !f.Exists))
            {
                throw new FileNotFoundException($"Input file not found: {file.FullName}", file.FullName);
            }

            if (files.GroupBy(f => f.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? f.FullName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                // Its units would come twice: an error at its first row, which would not say why.
                context.Error.WriteLine($"error: {twice.First().Name} is given twice; give each input file once.");
                return CliApp.InvalidInput;
            }

            // The results file and the group tables are checked before any input is read: a directory, a missing or
            // read-only directory, one of the inputs (which a table would replace), or a file named twice is refused at
            // once.
            var target = parse.GetValue(output);
            if (target is null && parse.GetValue(format) is "xlsx" or "parquet")
            {
                return OfficeOutput.NeedsOut(context, parse.GetValue(format)!);
            }

            var targets = new List<(string Path, string Option)>();
            if (target is not null)
            {
                targets.Add((target.FullName, "--out"));
            }

            targets.AddRange((parse.GetValue(groupOut) ?? []).Select(g => (g.FullName, "--group-out")));
            OutputFile.CheckTargets(targets, [.. files.Select(f => f.FullName), .. new[] { parse.GetValue(editionFile), parse.GetValue(variant), parse.GetValue(unitsFile) }.OfType<FileInfo>().Select(f => f.FullName)]);

            // The editions given as files are read before the year: a bad one is reported at once, and a grouping
            // column may not be named like one of their figure columns.
            var edition = parse.GetValue(editionFile) is { } ef ? Edition.LoadFile(ef.FullName) : null;
            var variantEdition = parse.GetValue(variant) is { } v ? Edition.LoadFile(v.FullName) : null;
            var (groups, usage) = BatchGroups.Prepare(parse.GetValue(unitsFile), parse.GetValue(groupBy), parse.GetValue(groupOut), new[] { edition, variantEdition }.OfType<Edition>());
            if (usage is not null)
            {
                context.Error.WriteLine("error: " + usage);
                return CliApp.InvalidInput;
            }

            var progress = new ProgressLine(context, enabled: !parse.GetValue(quiet));
            var year = parse.GetValue(fiscalYear);
            var anyCsv = files.Any(f => !string.Equals(f.Extension, ".json", StringComparison.OrdinalIgnoreCase) && !string.Equals(f.Extension, ".jsonl", StringComparison.OrdinalIgnoreCase));
            var defaulted = edition is null && year is null && anyCsv;
            var totalBytes = files.Sum(f => f.Length);
            var options = new YearReadOptions
            {
                Edition = edition,
                FiscalYear = year ?? (defaulted ? 2568 : null),
                OnBadRow = string.Equals(parse.GetValue(onError), "skip", StringComparison.Ordinal) ? BadRowHandling.Skip : BadRowHandling.Stop,
                Progress = new Progress(bytes => progress.Show($"reading {Percent(bytes, totalBytes)} ({Mb(bytes)} of {Mb(totalBytes)})")),
            };
            if (WithLimits(options, parse.GetValue(limits) ?? [], out var limitError) is not { } limited)
            {
                context.Error.WriteLine("error: " + limitError);
                return CliApp.InvalidInput;
            }

            options = limited;

            var parquetInput = files.Count(f => Ita.Model.Parquet.ParquetYear.IsParquet(f.FullName));
            if (parquetInput > 0 && (parquetInput < files.Length || options.OnBadRow == BadRowHandling.Skip))
            {
                context.Error.WriteLine(parquetInput < files.Length
                    ? "error: Parquet input cannot be mixed with CSV or JSON input in one run."
                    : "error: Parquet input stops at the first problem; --on-error skip is supported for CSV and JSON input only.");
                return CliApp.InvalidInput;
            }

            var clock = Stopwatch.StartNew();
            YearData data;
            try
            {
                data = parquetInput > 0
                    ? Ita.Model.Parquet.ParquetYear.LoadFilesAsync(files.Select(f => f.FullName), options).GetAwaiter().GetResult()
                    : YearData.LoadFiles(files.Select(f => f.FullName), options);
            }
            catch (ItaValidationException ex) when (defaulted && ex.Problems.Any(p => p.Code is ProblemCodes.UnknownItem or ProblemCodes.NoSuchPart or ProblemCodes.Parts or ProblemCodes.WrongTool))
            {
                // Answers another edition would take: most likely another year's data read as FY 2568.
                ex.Data[CliApp.HintKey] = FiscalYearHint;
                throw;
            }
            finally
            {
                progress.Clear();
            }

            var readTime = clock.Elapsed;
            var readAs2568 = defaulted ? (parquetInput > 0 ? "Parquet" : "CSV") : null; // what the summary says was read as FY 2568

            // The units file's names name the units the input leaves unnamed (CSV and Parquet input), in the results.
            if (groups is not null)
            {
                data = groups.Units.NameUnits(data);
            }

            var scoring = variantEdition ?? data.Edition;
            var engine = new BatchEngine(parse.GetValue(threads));
            clock.Restart();
            YearResult result;
            try
            {
                result = engine.Score(data, scoring, new Progress(done => progress.Show($"scoring {done.ToString("N0", CultureInfo.InvariantCulture)} of {data.Units.Count.ToString("N0", CultureInfo.InvariantCulture)} units")));
            }
            finally
            {
                progress.Clear();
            }

            var scoreTime = clock.Elapsed;
            TimeSpan? writeTime = null;
            if (target is not null && OfficeOutput.WantsXlsx(parse.GetValue(format) ?? string.Empty, parse.GetValue(format) is null ? target : null))
            {
                clock.Restart();
                OutputFile.Write(target.FullName, stream => ExcelExport.WriteBatchResults(result, stream));
                writeTime = clock.Elapsed;
            }
            else if (target is not null)
            {
                clock.Restart();
                var json = parse.GetValue(format) is { } f ? string.Equals(f, "json", StringComparison.Ordinal) : string.Equals(target.Extension, ".json", StringComparison.OrdinalIgnoreCase);
                var parquet = parse.GetValue(format) is { } g ? string.Equals(g, "parquet", StringComparison.Ordinal) : string.Equals(target.Extension, ".parquet", StringComparison.OrdinalIgnoreCase);
                OutputFile.Write(target.FullName, stream =>
                {
                    if (json)
                    {
                        result.WriteJson(stream);
                    }
                    else if (parquet)
                    {
                        Ita.Model.Parquet.ParquetResults.WriteUnitsAsync(result, stream).GetAwaiter().GetResult();
                    }
                    else
                    {
                        result.WriteCsv(stream);
                    }
                });

                writeTime = clock.Elapsed;
            }

            if (target is null && string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                // --format json on the console: the results document is the output, the summary a remark on stderr.
                using var buffer = new MemoryStream();
                result.WriteJson(buffer);
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                Summary(context with { Out = context.Error }, result, files, totalBytes, readAs2568, readTime, scoreTime, engine.MaxDegreeOfParallelism, target, writeTime);
                groups?.Finish(context with { Out = context.Error }, result);
                return CliApp.Success;
            }

            Summary(context, result, files, totalBytes, readAs2568, readTime, scoreTime, engine.MaxDegreeOfParallelism, target, writeTime);
            groups?.Finish(context, result);
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Applies <c>--limit NAME=N</c> values; <see langword="null"/> (and why) when one is not NAME=N with a
    /// known name and a whole N of at least 1.</summary>
    private static YearReadOptions? WithLimits(YearReadOptions options, string[] limits, out string? error)
    {
        error = null;
        foreach (var limit in limits)
        {
            var eq = limit.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? limit : limit[..eq];
            if (eq < 0 || !int.TryParse(limit.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"--limit takes NAME=N with N a whole number of at least 1, not '{limit}'.";
                return null;
            }

            var next = name switch
            {
                "units" => Copy(options, units: value),
                "respondents" => Copy(options, respondents: value),
                "answers" => Copy(options, answers: value),
                "line-bytes" => Copy(options, lineBytes: value),
                "document-bytes" => Copy(options, documentBytes: value),
                "problems" => Copy(options, problems: value),
                _ => null,
            };
            if (next is null)
            {
                error = $"--limit: unknown limit '{name}'; the limits are units, respondents, answers, line-bytes, document-bytes and problems.";
                return null;
            }

            options = next;
        }

        return options;
    }

    private static YearReadOptions Copy(YearReadOptions o, int? units = null, int? respondents = null, int? answers = null, int? lineBytes = null, int? documentBytes = null, int? problems = null) => new()
    {
        Edition = o.Edition,
        FiscalYear = o.FiscalYear,
        OnBadRow = o.OnBadRow,
        Progress = o.Progress,
        MaxUnits = units ?? o.MaxUnits,
        MaxReportedProblems = problems ?? o.MaxReportedProblems,
        MaxRespondentsPerUnit = respondents ?? o.MaxRespondentsPerUnit,
        MaxAnswersPerRespondent = answers ?? o.MaxAnswersPerRespondent,
        MaxLineBytes = lineBytes ?? o.MaxLineBytes,
        MaxDocumentBytes = documentBytes ?? o.MaxDocumentBytes,
    };

    private static void Summary(CliContext context, YearResult result, FileInfo[] files, long bytes, string? readAs2568, TimeSpan read, TimeSpan score, int threads, FileInfo? target, TimeSpan? write)
    {
        var data = result.Year;
        var national = result.National;
        var o = context.Out;
        var year = data.FiscalYear is { } fy ? ", fiscal year " + fy.ToString(CultureInfo.InvariantCulture) : string.Empty;
        o.WriteLine($"ita batch: edition {result.Edition.Id}{year}{(readAs2568 is null ? string.Empty : $" ({readAs2568} read as FY 2568; set --fiscal-year)")}{(ReferenceEquals(result.Edition, data.Edition) ? string.Empty : $", scored with variant {result.Edition.Id} of data read as {data.Edition.Id}")}");
        o.WriteLine($"  read        {string.Join(", ", files.Select(f => f.Name))}: {Count(data.Units.Count, "unit")}, {Count(data.RespondentCount, "respondent")} (IIT {N(data.IitRespondentCount)}, EIT {N(data.EitRespondentCount)}), {Count(data.AnswerCount, "answer")}, {Count(data.OitCheckCount, "OIT check")}");
        o.WriteLine($"              in {Time(read)} ({Mb(bytes)}, {(bytes / 1e6 / Math.Max(read.TotalSeconds, 1e-6)).ToString("F0", CultureInfo.InvariantCulture)} MB/s); {Mb(data.ResidentBytes)} resident ({(data.ResidentBytes / (double)Math.Max(1, data.AnswerCount)).ToString("F2", CultureInfo.InvariantCulture)} bytes per answer)");
        o.WriteLine($"  scored      {Count(national.ScoredUnitCount, "unit")}, {N(national.UnscoredUnitCount)} not scored, in {Time(score)} on {threads.ToString(CultureInfo.InvariantCulture)} thread{(threads == 1 ? string.Empty : "s")}");
        if (national.MeanTotal is { } mean)
        {
            o.WriteLine($"  national    mean total {mean} · passed (≥ {result.Edition.Grading.PassMark.ToString("0.##", CultureInfo.InvariantCulture)}) {Count(national.PassedCount, "unit")} ({national.PassShare} %)");
            o.WriteLine("  grades      " + string.Join(" · ", national.Grades.Select(g => $"{g.Level.Thai} {N(g.Count)} ({g.Share} %)")));
            o.WriteLine("  tools       " + string.Join(" · ", national.ToolMeans.Select(t => $"{ProvenanceName(t.Key)} {t.Value}")));
            o.WriteLine("  indicators  " + string.Join(" · ", national.IndicatorMeans.Select(i => $"{i.Key.ToString(CultureInfo.InvariantCulture)}: {i.Value}")));
        }

        if (target is not null && write is { } w)
        {
            o.WriteLine($"  results     {target.Name} ({Count(result.Units.Count, "unit")}) in {Time(w)}");
        }

        var problems = data.ReadProblems;
        if (problems.Count > 0)
        {
            context.Error.WriteLine($"warning: {N(problems.Count)} bad {(problems.Count == 1 ? "row or document was" : "rows or documents were")} skipped:");
            foreach (var p in problems.Take(10))
            {
                context.Error.WriteLine("  " + p);
            }

            if (problems.Count > 10)
            {
                context.Error.WriteLine($"  … and {N(problems.Count - 10)} more");
            }
        }

        var unscored = result.Units.Where(u => !u.IsScored).ToArray();
        if (unscored.Length > 0)
        {
            context.Error.WriteLine($"warning: {Count(unscored.Length, "unit")} could not be scored (status 'invalid' in the results):");
            foreach (var u in unscored.Take(5))
            {
                context.Error.WriteLine($"  {u.Unit.Id}: {u.Problems[0]}{(u.Problems.Count > 1 ? $" (+{(u.Problems.Count - 1).ToString(CultureInfo.InvariantCulture)} more)" : string.Empty)}");
            }

            if (result.Year.OitCheckCount == 0 && unscored.Length == result.Units.Count)
            {
                // The likeliest cause: the OIT file was not given (indicators 9 and 10 come from it).
                context.Error.WriteLine("hint: the input has no OIT checks; give the OIT file (unit,item,disclosed) with the answers.");
            }
            else if (readAs2568 is not null && unscored.Length == result.Units.Count)
            {
                // Another year's data can read as FY 2568 and score nothing (FY 2569's OIT items, skipped bad rows).
                context.Error.WriteLine("hint: " + FiscalYearHint);
            }
        }
    }

    private static string ProvenanceName(Tool tool) => tool.ToString().ToUpperInvariant();

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>What to do when input read as FY 2568 for want of <c>--fiscal-year</c> does not fit edition 2568.</summary>
    private const string FiscalYearHint = "no --fiscal-year was given, so the input was read as FY 2568 (edition 2568); if it is another year's, set --fiscal-year.";

    /// <summary>A count and its noun, singular for one: "1 unit", "8,317 units".</summary>
    internal static string Count(long count, string noun) => $"{N(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Mb(long bytes) => (bytes / 1e6).ToString(bytes < 10_000_000 ? "F2" : "F0", CultureInfo.InvariantCulture) + " MB";

    private static string Percent(long part, long whole) => (whole == 0 ? 100 : part * 100 / whole).ToString(CultureInfo.InvariantCulture) + " %";

    private static string Time(TimeSpan t) => t.TotalSeconds >= 1
        ? t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s"
        : t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>A synchronous <see cref="IProgress{T}"/> (the default one posts to the thread pool).</summary>
    private sealed class Progress(Action<long> report) : IProgress<long>, IProgress<int>
    {
        public void Report(long value) => report(value);

        public void Report(int value) => report(value);
    }
}
