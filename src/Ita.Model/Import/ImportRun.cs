using System.Globalization;
using System.Text.RegularExpressions;
using Ita.Model.Documents;

namespace Ita.Model.Import;

/// <summary>One reading of one document (see <see cref="PublishedResultReader"/>).</summary>
internal sealed partial class ImportRun
{
    private static readonly string[] UnitPrefixes =
    [
        "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "กรุงเทพมหานคร", "เมืองพัทยา",
        "สำนักงาน", "กรม", "กระทรวง", "มหาวิทยาลัย", "โรงพยาบาล", "โรงเรียน", "สถาบัน", "การไฟฟ้า", "การประปา", "อบต.", "อบจ.", "ทต.", "ทม.",
    ];

    private static readonly string[] UnitNameStops = ["อำเภอ", " จังหวัด", "จังหวัด", " ปีงบประมาณ", " ประจำปี", " ประจำ", " ใน", " ได้", " พบว่า", " มีผล", " (", " ผลการ"];

    private readonly IReadOnlyList<string> _raw;
    private readonly string?[] _lines;
    private readonly string? _sourceName;
    private readonly ImportOptions _options;
    private readonly IEditionRegistry _registry;
    private readonly List<Block> _blocks = [];
    private readonly List<UnreadLine> _unread = [];
    private readonly List<ImportedItem> _items = [];
    private Edition? _edition;
    private List<(int Number, Tool Tool, string Letters)> _indicators = [];
    private List<(string Code, string Letters)> _itemTexts = [];
    private Block? _current;
    private Header? _header;

    public ImportRun(IReadOnlyList<string> lines, string? sourceName, ImportOptions options)
    {
        _raw = lines;
        _lines = new string?[lines.Count];
        _sourceName = sourceName;
        _options = options;
        _registry = options.Registry ?? BuiltInEditions.Registry;
    }

    private enum Kind
    {
        Total,
        Grade,
        Tool,
        Indicator,
        Item,
    }

    public PublishedResultImport Run()
    {
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < _raw.Count; i++)
        {
            var raw = _raw[i] ?? string.Empty;
            if (raw.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add(new ValidationProblem(ProblemCodes.ImportBinary, "$", "The input holds NUL characters: it is not text (extract the text of a PDF first, or give a .docx).", i + 1));
                break;
            }

            _lines[i] = TextMatching.Normalize(raw.TrimEnd('\r'));
        }

        if (problems.Count > 0)
        {
            throw new ItaValidationException(_sourceName, problems);
        }

        var fiscalYear = _options.FiscalYear ?? FindFiscalYear();
        if (fiscalYear is not { } year)
        {
            throw new ItaValidationException(_sourceName, [new ValidationProblem(ProblemCodes.ImportFiscalYear, "$", "No fiscal year of the results is stated (e.g. 'ผลการประเมิน ... ปีงบประมาณ พ.ศ. 2568'); give it (ita import --fiscal-year N, ImportOptions.FiscalYear).")]);
        }

        if (year is < Thai.ThaiCalendar.MinFiscalYear or > Thai.ThaiCalendar.MaxFiscalYear)
        {
            throw new ItaValidationException(_sourceName, [new ValidationProblem(ProblemCodes.ImportFiscalYear, "$", $"The fiscal year {year} is outside {Thai.ThaiCalendar.MinFiscalYear}–{Thai.ThaiCalendar.MaxFiscalYear} (Buddhist Era).")]);
        }

        PrepareEdition(year);
        for (var i = 0; i < _lines.Length; i++)
        {
            ReadLine(i + 1, _lines[i]!, year);
        }

        var years = _blocks.SelectMany(b => b.Figures).Select(f => f.Year).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            throw new ItaValidationException(_sourceName, [new ValidationProblem(ProblemCodes.ImportNoFigures, "$", $"No ITA figure (total, indicator, tool or item score) was found in {_lines.Length} lines.")]);
        }

        var unit = FindUnit();
        var documents = years.Select(y => Build(y, unit)).ToList();
        return new PublishedResultImport(_sourceName, documents, _items, _unread, _lines.Length);
    }

    private void PrepareEdition(int year)
    {
        _registry.TryForFiscalYear(year, out _edition);
        var names = _edition ?? (_registry.Editions.Count > 0 ? _registry.Editions[^1] : null);
        if (names is not null)
        {
            _indicators = [.. names.Indicators.Select(i => (i.Number, i.Tool, TextMatching.Letters(i.Thai)))];
        }

        if (_edition is not null)
        {
            _itemTexts = [.. _edition.Items.Select(i => (i.Code, TextMatching.Letters(i.Thai)))];
        }
    }

    // ---- the fiscal year and the unit ----

    [GeneratedRegex(@"ปี\s*(?:งบประมาณ)?\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*(?<g1>25\d\d)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?:ผลคะแนน(?:เฉลี่ย|รวม)?|คะแนนรวม|คะแนนเฉลี่ย|ได้คะแนน|คะแนนผลการประเมิน)\s*(?:ITA\s*)?(?:ทั้งหมด\s*)?(?:เท่ากับ|คือ|ได้|อยู่ที่)?\s*(?:ร้อยละ\s*)?(?<g1>\d{1,3}(?:\.\d{1,2})?)(?![\d])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"ระดับ\s*(?:คะแนน\s*)?(?<g1>ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง|AA|A|B|C|D|E|F)(?![A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex GradePattern();

    [GeneratedRegex(@"^\s*ตัวชี้วัดที่\s*(?<g1>\d{1,2})(?!\.\d)\s*[:.)]?\s*(?<g2>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex IndicatorMarker();

    [GeneratedRegex(@"^\s*(?<g1>\d{1,2})\s*[.)]\s*(?<g2>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"(?<![A-Za-z])(?<g1>IIT|EIT|OIT)(?![A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ToolPattern();

    [GeneratedRegex(@"(?<g1>อำเภอ|เขต)\s*(?<g2>[\u0E01-\u0E4E]+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex DistrictPattern();

    [GeneratedRegex(@"จังหวัด\s*(?<g1>[\u0E01-\u0E4E]+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ProvincePattern();

    /// <summary>The fiscal year of the results: the year stated in the sentence that gives the total, else the year
    /// most stated with "ผลการประเมิน".</summary>
    private int? FindFiscalYear()
    {
        foreach (var line in _lines)
        {
            if (TotalPattern().IsMatch(line!) && YearPattern().Match(line!) is { Success: true } year)
            {
                return int.Parse(year.Groups["g1"].Value, CultureInfo.InvariantCulture);
            }
        }

        return _lines.Where(l => l!.Contains("ผลการประเมิน", StringComparison.Ordinal) && !l.Contains("วิเคราะห์", StringComparison.Ordinal))
            .Select(l => YearPattern().Match(l!))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups["g1"].Value, CultureInfo.InvariantCulture))
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count())
            .Select(g => (int?)g.Key)
            .FirstOrDefault();
    }

    private UnitInfo? FindUnit()
    {
        string? name = null;
        var nameLine = -1;
        for (var i = 0; i < _lines.Length && name is null; i++)
        {
            var line = _lines[i]!.Trim();
            if (line.Length is 0 or > 200 || line.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            // The name opens the line, or follows "ของ" / "ชื่อ" / "หน่วยงาน" ("ผลการประเมิน ITA ของ เทศบาลเมือง…").
            var start = -1;
            foreach (var prefix in UnitPrefixes)
            {
                for (var at = line.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = line.IndexOf(prefix, at + 1, StringComparison.Ordinal))
                {
                    var before = line[..at].TrimEnd();
                    if ((before.Length == 0 || before.EndsWith("ของ", StringComparison.Ordinal) || before.EndsWith("ชื่อ", StringComparison.Ordinal) || before.EndsWith("หน่วยงาน", StringComparison.Ordinal))
                        && (start < 0 || at < start))
                    {
                        start = at;
                        break;
                    }
                }
            }

            if (start < 0)
            {
                continue;
            }

            var rest = line[start..];
            var end = rest.Length;
            foreach (var stop in UnitNameStops)
            {
                var at = rest.IndexOf(stop, StringComparison.Ordinal);
                if (at > 0 && at < end)
                {
                    end = at;
                }
            }

            var candidate = rest[..end].Trim();
            if (candidate.Length > 3 && !candidate.Any(char.IsAsciiDigit))
            {
                name = candidate;
                nameLine = i;
            }
        }

        if (name is null)
        {
            return null;
        }

        string? district = null;
        string? province = null;
        for (var i = Math.Max(0, nameLine - 3); i < _lines.Length && i <= nameLine + 40 && (district is null || province is null); i++)
        {
            var line = _lines[i]!;
            if (line.Length > 160)
            {
                continue;
            }

            district ??= DistrictPattern().Match(line) is { Success: true } d ? d.Groups["g2"].Value : null;
            province ??= ProvincePattern().Match(line) is { Success: true } p ? p.Groups["g1"].Value : null;
        }

        return new UnitInfo(name, province: province, district: district);
    }

    // ---- figures, line by line ----

    private void ReadLine(int number, string line, int year)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }

        var isTable = line.Contains('\t', StringComparison.Ordinal);
        var cells = line.Split('\t');
        var consumed = new List<decimal>();
        if (isTable && IsHeader(cells, line))
        {
            var header = new Header(number, cells);
            if (_current is null || _current.IsText || !string.Equals(_current.HeaderKey, header.Key, StringComparison.Ordinal))
            {
                _current = null;
            }

            _header = header;
            return;
        }

        if (TotalPattern().Match(line) is { Success: true } total)
        {
            var value = decimal.Parse(total.Groups["g1"].Value, CultureInfo.InvariantCulture);
            if (value <= 100m)
            {
                Add(new Figure(Kind.Total, "total", value, null, number, year), number, isTable);
                consumed.Add(value);
                if (GradePattern().Match(line) is { Success: true } grade)
                {
                    Add(new Figure(Kind.Grade, "grade", null, grade.Groups["g1"].Value, number, year), number, isTable);
                }
            }
        }
        else if (isTable || line.Length <= 200)
        {
            ReadRow(number, line, cells, isTable, year, consumed);
        }

        ListUnconsumed(number, line, consumed);
    }

    private void ReadRow(int number, string line, string[] cells, bool isTable, int year, List<decimal> consumed)
    {
        var labelIndex = Array.FindIndex(cells, c => c.Trim().Length > 0);
        if (labelIndex < 0)
        {
            return;
        }

        // A ranking table: "1 <tab> การเปิดเผยข้อมูล <tab> 100.00".
        if (isTable && int.TryParse(cells[labelIndex].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _) && labelIndex + 1 < cells.Length
            && TextMatching.CellScore(cells[labelIndex + 1]) is null && cells[labelIndex + 1].Trim().Length > 0)
        {
            labelIndex++;
        }

        var label = cells[labelIndex].Trim();
        var scoreCells = new List<(int Index, decimal Value)>();
        for (var c = labelIndex + 1; c < cells.Length; c++)
        {
            if (TextMatching.CellScore(cells[c]) is { } v)
            {
                scoreCells.Add((c, v));
            }
        }

        if (_header?.ChangeColumn is { } change && change < cells.Length)
        {
            foreach (Match m in TextMatching.DecimalScore().Matches(cells[change]))
            {
                consumed.Add(decimal.Parse(m.Groups["g1"].Value, CultureInfo.InvariantCulture));
            }
        }

        if (TryIndicator(label, isTable, out var indicator, out var rest))
        {
            var tool = _indicators.First(i => i.Number == indicator).Tool;
            decimal? inLabel = TextMatching.DecimalScore().Match(rest) is { Success: true } m ? decimal.Parse(m.Groups["g1"].Value, CultureInfo.InvariantCulture) : null;
            if (inLabel is { } labelValue && labelValue <= 100m)
            {
                Add(new Figure(Kind.Indicator, Key(indicator), labelValue, null, number, year), number, isTable);
                consumed.Add(labelValue);
            }

            var usedMain = inLabel is not null;
            foreach (var (index, value) in scoreCells)
            {
                if (_header?.ToolColumn == index)
                {
                    Add(new Figure(Kind.Tool, ToolKey(tool), value, null, number, year), number, isTable);
                    consumed.Add(value);
                }
                else if (_header?.YearColumns.TryGetValue(index, out var columnYear) == true)
                {
                    Add(new Figure(Kind.Indicator, Key(indicator), value, null, number, columnYear), number, isTable);
                    consumed.Add(value);
                }
                else if (!usedMain && (_header is null || _header.YearColumns.Count == 0))
                {
                    Add(new Figure(Kind.Indicator, Key(indicator), value, null, number, year), number, isTable);
                    consumed.Add(value);
                    usedMain = true;
                }
            }

            return;
        }

        if (isTable && ToolPattern().Match(label) is { Success: true } toolMatch && label.Length <= 120)
        {
            var tool = toolMatch.Groups["g1"].Value switch
            {
                "IIT" => Tool.Iit,
                "EIT" => Tool.Eit,
                _ => Tool.Oit,
            };
            decimal? value = scoreCells.Count > 0 ? scoreCells[0].Value : null;
            if (value is null && TextMatching.DecimalScore().Match(label[toolMatch.Index..]) is { Success: true } m)
            {
                value = decimal.Parse(m.Groups["g1"].Value, CultureInfo.InvariantCulture);
            }

            if (value is { } score && score <= 100m)
            {
                Add(new Figure(Kind.Tool, ToolKey(tool), score, null, number, year), number, isTable);
                consumed.Add(score);
            }

            return;
        }

        if (isTable && scoreCells.Count > 0 && TextMatching.Letters(label).Length >= 3)
        {
            ReadItem(number, line, label, scoreCells[0].Value, year, consumed, isTable);
        }
    }

    private bool TryIndicator(string label, bool isTable, out int number, out string rest)
    {
        number = 0;
        rest = string.Empty;
        if (_indicators.Count == 0)
        {
            return false;
        }

        if (IndicatorMarker().Match(label) is { Success: true } marker)
        {
            number = int.Parse(marker.Groups["g1"].Value, CultureInfo.InvariantCulture);
            rest = marker.Groups["g2"].Value;
            var n = number;
            return _indicators.Any(i => i.Number == n);
        }

        if (NumberedLabel().Match(label) is { Success: true } numbered)
        {
            number = int.Parse(numbered.Groups["g1"].Value, CultureInfo.InvariantCulture);
            rest = numbered.Groups["g2"].Value;
            var n = number;
            var name = NamePart(rest);
            return _indicators.FirstOrDefault(i => i.Number == n) is { Letters: { } letters } && letters.Length > 0
                && TextMatching.Similarity(name, letters) >= 0.6m;
        }

        if (!isTable)
        {
            return false;
        }

        // A ranking or summary table names the indicator without its number.
        var bare = NamePart(label);
        var best = _indicators.Select(i => (i.Number, Similarity: TextMatching.Similarity(bare, i.Letters))).OrderByDescending(p => p.Similarity).First();
        if (best.Similarity >= 0.8m)
        {
            number = best.Number;
            rest = label;
            return true;
        }

        return false;
    }

    /// <summary>The letters of a label before its first digit or "คะแนน" (the name of an indicator).</summary>
    private static string NamePart(string text)
    {
        var end = text.Length;
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit >= 0)
        {
            end = digit;
        }

        var score = text.IndexOf("คะแนน", StringComparison.Ordinal);
        if (score >= 0 && score < end)
        {
            end = score;
        }

        return TextMatching.Letters(text[..end]);
    }

    private void ReadItem(int number, string line, string label, decimal value, int year, List<decimal> consumed, bool isTable)
    {
        if (_itemTexts.Count == 0)
        {
            _unread.Add(new UnreadLine(number, TextMatching.Excerpt(_raw[number - 1]), $"a row with a score, but no edition for FY {year.ToString(CultureInfo.InvariantCulture)} to identify its item"));
            consumed.Add(value);
            return;
        }

        var space = label.IndexOf(' ', StringComparison.Ordinal);
        var token = space > 0 ? label[..space] : label;
        var printedCode = string.Empty;
        var text = label;
        if (token.Length <= 5 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is ')' or '.' or '(') && space > 0)
        {
            printedCode = token;
            text = label[(space + 1)..];
        }

        var rawCode = RawCode(_raw[number - 1], printedCode);
        var letters = TextMatching.Letters(text);
        var coded = DecodeCode(printedCode) is { } code && _itemTexts.Any(i => string.Equals(i.Code, code, StringComparison.Ordinal)) ? code : null;
        var ranked = _itemTexts.Select(i => (i.Code, Similarity: TextMatching.Similarity(letters, i.Letters))).OrderByDescending(p => p.Similarity).ToList();
        var best = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Similarity : 0m;
        var codedSimilarity = coded is null ? 0m : ranked.First(r => string.Equals(r.Code, coded, StringComparison.Ordinal)).Similarity;
        string? chosen = null;
        var match = ItemMatch.Code;
        var similarity = 0m;
        if (coded is not null && (codedSimilarity >= 0.5m || letters.Length < 3))
        {
            chosen = coded;
            similarity = codedSimilarity;
        }
        else if (best.Similarity >= 0.6m && best.Similarity - second >= 0.05m)
        {
            chosen = best.Code;
            match = ItemMatch.Text;
            similarity = best.Similarity;
        }

        consumed.Add(value);
        if (chosen is null)
        {
            var why = coded is null
                ? $"item not identified: the printed code '{rawCode}' is not an item of FY {year.ToString(CultureInfo.InvariantCulture)}"
                : $"item not identified: the printed code '{rawCode}' ({coded}) does not fit the question (similarity {codedSimilarity.ToString(CultureInfo.InvariantCulture)})";
            _unread.Add(new UnreadLine(number, TextMatching.Excerpt(_raw[number - 1]), $"{why}, and no question of the edition matches its text (best {best.Code} at {best.Similarity.ToString(CultureInfo.InvariantCulture)})"));
            return;
        }

        _items.Add(new ImportedItem(year, chosen, value, number, rawCode, text.Trim(), match, similarity));
        Add(new Figure(Kind.Item, chosen, value, null, number, year) { Match = match }, number, isTable);
    }

    /// <summary>The code as printed in the raw line (Thai digits kept), for messages.</summary>
    private static string RawCode(string raw, string normalizedCode)
    {
        if (normalizedCode.Length == 0)
        {
            return string.Empty;
        }

        var trimmed = raw.TrimStart();
        if (trimmed.StartsWith('<'))
        {
            var close = trimmed.IndexOf('>', StringComparison.Ordinal);
            trimmed = close > 0 ? trimmed[(close + 1)..].TrimStart() : trimmed;
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : normalizedCode;
    }

    /// <summary>Reads a printed item code: <c>i1</c>, <c>E5</c>, or OIT codes whose <c>o</c> was read as a zero
    /// (<c>๐๑๐</c> → <c>o10</c>); anything else is not a code.</summary>
    internal static string? DecodeCode(string printed)
    {
        var code = printed.TrimEnd(')', '.').TrimStart('(');
        if (code.Length is >= 2 and <= 3 && char.ToLowerInvariant(code[0]) is 'i' or 'e' or 'o' && code[1..].All(char.IsAsciiDigit))
        {
            var n = int.Parse(code[1..], CultureInfo.InvariantCulture);
            return n > 0 ? char.ToLowerInvariant(code[0]) + n.ToString(CultureInfo.InvariantCulture) : null;
        }

        if (code.Length is >= 2 and <= 3 && code[0] == '0' && code.All(char.IsAsciiDigit))
        {
            var n = int.Parse(code[1..], CultureInfo.InvariantCulture);
            return n > 0 ? "o" + n.ToString(CultureInfo.InvariantCulture) : null;
        }

        return null;
    }

    private static bool IsHeader(string[] cells, string line) =>
        !cells.Any(c => TextMatching.CellScore(c) is not null)
        && !TextMatching.DecimalScore().IsMatch(line)
        && cells.Any(c => c.Contains("คะแนน", StringComparison.Ordinal) || c.Contains("ตัวชี้วัด", StringComparison.Ordinal) || c.Contains("ประเด็น", StringComparison.Ordinal) || YearPattern().IsMatch(c) || c.Trim().StartsWith("25", StringComparison.Ordinal));

    private void ListUnconsumed(int number, string line, List<decimal> consumed)
    {
        var left = new List<string>();
        foreach (Match match in TextMatching.DecimalScore().Matches(line))
        {
            var value = decimal.Parse(match.Groups["g1"].Value, CultureInfo.InvariantCulture);
            if (value > 100m)
            {
                continue;
            }

            var at = consumed.IndexOf(value);
            if (at >= 0)
            {
                consumed.RemoveAt(at);
            }
            else
            {
                left.Add(match.Groups["g1"].Value);
            }
        }

        if (left.Count > 0)
        {
            _unread.Add(new UnreadLine(number, TextMatching.Excerpt(_raw[number - 1]), $"score-like number{(left.Count > 1 ? "s" : string.Empty)} {string.Join(", ", left)} not attributed to any figure"));
        }
    }

    private void Add(Figure figure, int line, bool isTable)
    {
        if (_current is null || _current.IsText == isTable || _current.Keys.Contains(figure.YearKey))
        {
            _current = new Block(isTable, isTable ? _header : null);
            _blocks.Add(_current);
        }

        _current.Add(figure, line);
    }

    private static string Key(int indicator) => indicator.ToString(CultureInfo.InvariantCulture);

    private static string ToolKey(Tool tool) => tool switch
    {
        Tool.Iit => "iit",
        Tool.Eit => "eit",
        _ => "oit",
    };

    // ---- documents ----

    private AssessmentDocument Build(int year, UnitInfo? unit)
    {
        var blocks = _blocks.Select(b => (Block: b, Figures: b.Figures.Where(f => f.Year == year).ToList())).Where(b => b.Figures.Count > 0).ToList();
        var mainIndex = blocks.FindIndex(b => b.Figures.Any(f => f.Kind is Kind.Total or Kind.Indicator));
        mainIndex = mainIndex < 0 ? 0 : mainIndex;
        var main = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var mainLines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var f in blocks[mainIndex].Figures)
        {
            main.TryAdd(f.FullKey, f);
            mainLines.TryAdd(f.FullKey, [f.Line]);
        }

        var alternatives = new List<(Block Block, List<Figure> Figures)>();
        foreach (var (block, figures) in blocks.Where((_, i) => i != mainIndex))
        {
            var repeated = new List<Figure>();
            foreach (var f in figures)
            {
                if (main.TryGetValue(f.FullKey, out var existing))
                {
                    repeated.Add(f);
                    if (existing.SameValue(f))
                    {
                        mainLines[f.FullKey].Add(f.Line);
                    }
                }
                else
                {
                    main[f.FullKey] = f;
                    mainLines[f.FullKey] = [f.Line];
                }
            }

            if (repeated.Any(f => !main[f.FullKey].SameValue(f)))
            {
                alternatives.Add((block, repeated));
            }
        }

        var first = main.Values.Min(f => f.Line);
        var last = main.Values.Max(f => f.Line);
        var source = string.Create(CultureInfo.InvariantCulture, $"{_sourceName ?? "text"}, lines {first}–{last} (imported by ita import)");
        var notes = new List<string>();
        if (_options.FiscalYear is { } given)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Fiscal year {given} given at import."));
        }

        var published = Figures(source, main.Values, mainLines, notes, alternatives.Select(a => Figures(a.Block.Describe(_sourceName), a.Figures, null, null, null)));
        return new AssessmentDocument(year, unit: unit, published: published, import: ImportRecord(year));
    }

    private static PublishedFigures Figures(string source, IEnumerable<Figure> figures, Dictionary<string, List<int>>? lines, IEnumerable<string>? notes, IEnumerable<PublishedFigures>? alternatives)
    {
        var list = figures.ToList();
        var tools = list.Where(f => f.Kind == Kind.Tool).ToDictionary(f => f.Key switch { "iit" => Tool.Iit, "eit" => Tool.Eit, _ => Tool.Oit }, f => f.Value!.Value);
        var indicators = list.Where(f => f.Kind == Kind.Indicator).ToDictionary(f => int.Parse(f.Key, CultureInfo.InvariantCulture), f => f.Value!.Value);
        var items = list.Where(f => f.Kind == Kind.Item).ToDictionary(f => f.Key, f => f.Value!.Value, StringComparer.Ordinal);
        var total = list.FirstOrDefault(f => f.Kind == Kind.Total)?.Value;
        var grade = list.FirstOrDefault(f => f.Kind == Kind.Grade)?.Text;
        var lineMap = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var f in list.OrderBy(f => f.Line).ThenBy(f => f.Kind))
        {
            var key = f.Kind switch
            {
                Kind.Total => "total",
                Kind.Grade => "grade",
                Kind.Tool => "tools." + f.Key,
                Kind.Indicator => "indicators." + f.Key,
                _ => "items." + f.Key,
            };
            lineMap[key] = lines is not null && lines.TryGetValue(f.FullKey, out var all) ? [.. all] : [f.Line];
        }

        return new PublishedFigures(source, total, grade, tools.Count > 0 ? tools : null, indicators.Count > 0 ? indicators : null, items.Count > 0 ? items : null, notes, alternatives, sourceLines: lineMap);
    }

    private ImportRecord ImportRecord(int year) =>
        new(_sourceName, _lines.Length, _edition?.Id, _items.Where(i => i.FiscalYear == year), _unread);

    private sealed record Figure(Kind Kind, string Key, decimal? Value, string? Text, int Line, int Year)
    {
        public ItemMatch Match { get; init; }

        public string FullKey => Kind.ToString() + ":" + Key;

        public string YearKey => FullKey + "@" + Year.ToString(CultureInfo.InvariantCulture);

        public bool SameValue(Figure other) => Value == other.Value && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    private sealed class Header
    {
        public Header(int line, string[] cells)
        {
            Line = line;
            Cells = [.. cells.Select(c => c.Trim())];
            Key = new string([.. string.Join('|', Cells).Where(c => !char.IsAsciiDigit(c))]);
            for (var i = 0; i < Cells.Length; i++)
            {
                if (Cells[i].Contains("เครื่องมือ", StringComparison.Ordinal))
                {
                    ToolColumn = i;
                }
                else if (Cells[i].Contains("เพิ่ม", StringComparison.Ordinal) || Cells[i].Contains("ลด", StringComparison.Ordinal) || Cells[i].Contains("ผลต่าง", StringComparison.Ordinal) || Cells[i].Contains("เปลี่ยนแปลง", StringComparison.Ordinal))
                {
                    ChangeColumn = i;
                }
                else if (YearPattern().Match(Cells[i]) is { Success: true } y)
                {
                    YearColumns[i] = int.Parse(y.Groups["g1"].Value, CultureInfo.InvariantCulture);
                }
                else if (Cells[i].Length == 4 && Cells[i].StartsWith("25", StringComparison.Ordinal) && Cells[i].All(char.IsAsciiDigit))
                {
                    YearColumns[i] = int.Parse(Cells[i], CultureInfo.InvariantCulture);
                }
            }

            if (YearColumns.Values.Distinct().Count() < 2)
            {
                YearColumns.Clear();
            }
        }

        public int Line { get; }

        public string[] Cells { get; }

        public string Key { get; }

        public int? ToolColumn { get; }

        /// <summary>A column of changes between two years (derived figures: read, not kept).</summary>
        public int? ChangeColumn { get; }

        public Dictionary<int, int> YearColumns { get; } = [];
    }

    private sealed class Block(bool isTable, Header? header)
    {
        public bool IsText { get; } = !isTable;

        public Header? Header { get; } = header;

        public string? HeaderKey => Header?.Key;

        public List<Figure> Figures { get; } = [];

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public int First { get; private set; } = int.MaxValue;

        public int Last { get; private set; }

        public void Add(Figure figure, int line)
        {
            Figures.Add(figure);
            Keys.Add(figure.YearKey);
            First = Math.Min(First, line);
            Last = Math.Max(Last, line);
        }

        public string Describe(string? sourceName)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{sourceName ?? "text"}, lines {First}–{Last}");
            if (IsText)
            {
                return where + ": text";
            }

            if (Header is null)
            {
                return where + ": table";
            }

            var heading = string.Join(" | ", Header.Cells.Where(c => c.Length > 0));
            return where + ": table (" + (heading.Length > 100 ? heading[..97] + "…" : heading) + ")";
        }
    }
}
